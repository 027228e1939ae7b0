/**
 * {@code newsbrief eval cluster}: story clustering on ECB+ stories (docs.jsonl + gold.tsv), B-cubed
 * and pairwise precision, recall and F1, averaged over several seeded arrival orders.
 */
@NullMarked
package org.newsbrief.eval.cluster;

import org.jspecify.annotations.NullMarked;
