package org.newsbrief.cluster;

/**
 * Maps an article's text to a dense vector whose cosine says how alike two articles are.
 * Implementations are thread-safe.
 */
public interface Embedder {
  /** The L2-normalised embedding of {@code text}. */
  float[] embed(String text);
}
