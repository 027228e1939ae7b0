/**
 * Quotations: finds direct quotations (curly or straight marks, running over several sentences,
 * split around the speech verb, partial quotes inside a sentence) and attributes each to the
 * speaker mention next to its speech verb, carrying the speaker of a quote over to the quotes that
 * continue it.
 */
@NullMarked
package org.newsbrief.analyze.quote;

import org.jspecify.annotations.NullMarked;
