/**
 * {@code newsbrief eval stance}: stance detection on FNC-1 (headline, body) pairs, scored with the
 * official FNC-1 relative score, macro-F1 and per-class F1 (disagree above all), beside a majority
 * baseline and the FNC-1 official baseline features trained in the same run. Splits by body, so no
 * body is shared between the training and the reported pairs.
 */
@NullMarked
package org.newsbrief.eval.stance;

import org.jspecify.annotations.NullMarked;
