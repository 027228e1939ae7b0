package org.newsbrief.cluster;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * BAAI bge-small-en-v1.5 (quantised ONNX, 384 dimensions) run in-process through LangChain4j. The
 * model ships inside a Maven artifact and loads once, on first use. Only the headline and lead are
 * embedded (the first {@code words} words): they say what the event is, and the cost of a
 * transformer grows with the length of its input.
 */
public final class BgeSmallEmbedder implements Embedder {
  /** The lead length embedded by default, in words. */
  public static final int DEFAULT_WORDS = 100;

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final int words;
  private volatile @Nullable EmbeddingModel model;

  /** An embedder of the first {@code words} words of each text. */
  public BgeSmallEmbedder(int words) {
    if (words < 1) {
      throw new IllegalArgumentException("words must be positive: " + words);
    }
    this.words = words;
  }

  @Override
  public float[] embed(String text) {
    String[] tokens = SPACE.split(text.strip(), words + 1);
    String lead =
        String.join(
            " ", java.util.Arrays.asList(tokens).subList(0, Math.min(words, tokens.length)));
    float[] v = model().embed(lead.isEmpty() ? "." : lead).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * scale;
    }
    return out;
  }

  private EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          m = new BgeSmallEnV15QuantizedEmbeddingModel();
          model = m;
        }
      }
    }
    return m;
  }
}
