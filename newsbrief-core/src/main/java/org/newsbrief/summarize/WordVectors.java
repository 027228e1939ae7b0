package org.newsbrief.summarize;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Static word vectors distilled from the bundled bge-small sentence model (each word of a
 * vocabulary embedded alone, centred and cut to its main components, {@code newsbrief train
 * summarize --set stage=vectors}): a sentence's meaning as the rarity-weighted mean of its words'
 * vectors, so "blaze" meets "fire" and "gutted" meets "destroyed" at the cost of a table look-up,
 * where the transformer itself costs about 20 ms of CPU a sentence. Stored as int8 with one scale
 * per word, gzipped.
 */
public final class WordVectors {
  static final String RESOURCE = "word-vectors.bin.gz";
  private static final int MAGIC = 0x4e425756;
  private static final WordVectors NONE = new WordVectors(Map.of(), 0);
  private static volatile @Nullable WordVectors shipped;

  private final Map<String, float[]> vectors;
  private final int dims;

  /** Vectors of {@code dims} components by word. */
  public WordVectors(Map<String, float[]> vectors, int dims) {
    this.vectors = Map.copyOf(vectors);
    this.dims = dims;
  }

  /** No vectors: support falls back to shared words alone. */
  public static WordVectors none() {
    return NONE;
  }

  /** The vectors shipped with the summarizer, or none when the build ships none. */
  public static WordVectors shipped() {
    WordVectors v = shipped;
    if (v == null) {
      try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
        v = in == null ? NONE : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      shipped = v;
    }
    return v;
  }

  /** How many words have a vector. */
  public int size() {
    return vectors.size();
  }

  /** Components per vector. */
  public int dims() {
    return dims;
  }

  /** The unit-length mean of the words' vectors, each weighted by {@code weight}; null if none. */
  float @Nullable [] mean(
      Iterable<String> words, java.util.function.ToDoubleFunction<String> weight) {
    if (dims == 0) {
      return null;
    }
    float[] sum = new float[dims];
    boolean any = false;
    for (String w : words) {
      float[] v = vectors.get(w);
      if (v != null) {
        float k = (float) weight.applyAsDouble(w);
        for (int i = 0; i < dims; i++) {
          sum[i] += k * v[i];
        }
        any = true;
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += x * x;
    }
    if (!any || norm == 0) {
      return null;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dims; i++) {
      sum[i] *= scale;
    }
    return sum;
  }

  /** The cosine of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** Reads vectors written by {@link #write} (gzipped). */
  public static WordVectors read(InputStream raw) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a word-vector table");
    }
    int count = in.readInt();
    int dims = in.readInt();
    Map<String, float[]> vectors = new HashMap<>(count * 2);
    byte[] bytes = new byte[dims];
    for (int n = 0; n < count; n++) {
      String word = in.readUTF();
      float scale = in.readFloat();
      in.readFully(bytes);
      float[] v = new float[dims];
      for (int i = 0; i < dims; i++) {
        v[i] = bytes[i] * scale;
      }
      vectors.put(word, v);
    }
    return new WordVectors(vectors, dims);
  }

  /** Writes the vectors gzipped, each as int8 components with one scale. */
  public void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(MAGIC);
    out.writeInt(vectors.size());
    out.writeInt(dims);
    for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
      float max = 0;
      for (float x : e.getValue()) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max == 0 ? 1 : max / 127;
      out.writeUTF(e.getKey());
      out.writeFloat(scale);
      for (float x : e.getValue()) {
        out.writeByte(Math.round(x / scale));
      }
    }
    out.flush();
    gz.finish();
  }
}
