/**
 * The whole-analysis benchmark: sentences, entities, quotes and time expressions per CPU second.
 */
@NullMarked
package org.newsbrief.eval.analyze;

import org.jspecify.annotations.NullMarked;
