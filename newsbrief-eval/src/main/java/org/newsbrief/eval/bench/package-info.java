/**
 * Benchmarks: speed and memory of newsbrief's stages on real data, side by side with peers in the
 * same run. Run by {@code newsbrief bench NAME --data PATH}; never part of CI beyond a smoke run.
 */
@NullMarked
package org.newsbrief.eval.bench;

import org.jspecify.annotations.NullMarked;
