/**
 * Evaluation of the conflict stage on real stories: figures that differ, shown per story for
 * labelling, and scored against hand labels kept as ids (never as text).
 */
@NullMarked
package org.newsbrief.eval.conflict;

import org.jspecify.annotations.NullMarked;
