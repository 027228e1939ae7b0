/**
 * Evaluation: metrics, peer systems and benchmarks. Every task prints one report of the shape
 * {@code {"task", "data", "system": {metric: value}, "peers": {name: {metric: value}}}}. Never on
 * the product's runtime path.
 */
@NullMarked
package org.newsbrief.eval;

import org.jspecify.annotations.NullMarked;
