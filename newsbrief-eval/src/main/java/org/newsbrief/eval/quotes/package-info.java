/**
 * {@code newsbrief eval quotes}: direct-quotation finding and speaker attribution on PolNeAR (BRAT
 * standoff attribution relations).
 */
@NullMarked
package org.newsbrief.eval.quotes;

import org.jspecify.annotations.NullMarked;
