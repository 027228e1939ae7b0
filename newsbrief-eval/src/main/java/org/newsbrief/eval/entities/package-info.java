/**
 * {@code newsbrief eval entities}: cross-document entity coreference on ECB+ (people,
 * organisations, other participants and places), scored with MUC, B-cubed, CEAF-e and their mean,
 * the CoNLL F1.
 */
@NullMarked
package org.newsbrief.eval.entities;

import org.jspecify.annotations.NullMarked;
