/**
 * Training: {@code newsbrief train TASK --data PATH}. Each task fits a model on a training split,
 * chooses its settings on dev (or by cross-validation on train), and writes the model with a {@link
 * org.newsbrief.eval.train.ModelManifest}. Never on the product's runtime path: core holds only
 * what applies a model.
 */
package org.newsbrief.eval.train;
