/**
 * {@code newsbrief eval dedup}: near-duplicate (syndicated copy) detection on the ECB+ dev
 * documents, scored pair by pair against hand labels kept beside this code, side by side with an
 * exhaustive exact-resemblance search at the same threshold (what the LSH lookup may lose) and with
 * exact-text matching (what newsbrief did before).
 */
@NullMarked
package org.newsbrief.eval.dedup;

import org.jspecify.annotations.NullMarked;
