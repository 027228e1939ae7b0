/**
 * Learn: the small statistical fits newsbrief's own models are trained with (Poisson and logistic
 * regression by Newton's method). No pipeline stage: any stage may use it, it uses none.
 */
@NullMarked
package org.newsbrief.learn;

import org.jspecify.annotations.NullMarked;
