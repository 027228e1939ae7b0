package org.newsbrief.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsbrief.model.Entity;

/**
 * An entity-level type model: a softmax regression over what a whole document says of one name (its
 * words, suffixes and shape; the words before and after each of its mentions; the first pronoun
 * after each, "he"/"she" against "it"/"its"), averaged over the mentions, giving the probability of
 * each CoNLL type (PER, ORG, LOC, MISC). It never sees the tagger's types, so it is a second
 * opinion on them; the shown-entity filter reads its probability of the type shown. Trained on the
 * gold names of CoNLL-2003 train ({@code newsbrief train types}); features are kept as 64-bit
 * hashes, no text. Immutable.
 */
public final class TypeContext {
  /** The model resource beside this class. */
  public static final String RESOURCE = "type-context.tsv.gz";

  /** The types, in the order of {@link #probabilities}. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private static final TypeContext NONE = new TypeContext(Map.of());

  /** The feature hashes, ascending (signed order), for a binary search. */
  private final long[] keys;

  /** Four weights per key, in {@link #TYPES} order. */
  private final float[] values;

  /** A model with these weights per feature hash (4 per feature, {@link #TYPES} order). */
  public TypeContext(Map<Long, float[]> weights) {
    this.keys = weights.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    this.values = new float[keys.length * 4];
    for (int i = 0; i < keys.length; i++) {
      System.arraycopy(weights.get(keys[i]), 0, values, i * 4, 4);
    }
  }

  private TypeContext(long[] keys, float[] values) {
    this.keys = keys;
    this.values = values;
  }

  private static final class Shipped {
    static final TypeContext INSTANCE = load();
  }

  /** The shipped model (none, all types equally likely, when the build ships no model). */
  public static TypeContext shipped() {
    return Shipped.INSTANCE;
  }

  /** Whether this model has weights. */
  public boolean present() {
    return keys.length > 0;
  }

  /** The probability of each of {@link #TYPES} given the features {@code x}. */
  public double[] probabilities(Map<String, Double> x) {
    double[] z = new double[TYPES.size()];
    x.forEach(
        (f, v) -> {
          int i = java.util.Arrays.binarySearch(keys, TypeFeatures.hash(f));
          if (i >= 0) {
            for (int k = 0; k < z.length; k++) {
              z[k] += values[i * 4 + k] * v;
            }
          }
        });
    return softmax(z);
  }

  /**
   * The log-probability (floored at 0.001) of {@code type} ("PER", "ORG", "LOC" or "MISC") for the
   * name {@code name} whose mentions are {@code mentions} (each the name as written there and its
   * sentence); 0 when no model ships or no mention is found in its sentence.
   */
  public double logProbability(String name, List<Map.Entry<String, String>> mentions, String type) {
    if (!present()) {
      return 0;
    }
    List<TypeFeatures.At> at = new java.util.ArrayList<>();
    for (Map.Entry<String, String> m : mentions) {
      at.addAll(
          TypeFeatures.find(NerTokens.of(m.getKey()).words(), NerTokens.of(m.getValue()).words()));
    }
    List<String> tokens = NerTokens.of(name).words();
    if (at.isEmpty() || tokens.isEmpty()) {
      return 0;
    }
    return Math.log(probabilities(TypeFeatures.of(tokens, at))[TYPES.indexOf(type)] + 0.001);
  }

  /**
   * This model's log-probability of the type shown, from every sentence that mentions the entity
   * (as {@link #logProbability(String, List, String)}).
   */
  double logProbability(
      Entity entity, List<NameMention> group, Map<NameMention, String> sentenceOf) {
    String type =
        switch (entity.type()) {
          case PERSON -> "PER";
          case PLACE -> "LOC";
          default -> "ORG";
        };
    List<Map.Entry<String, String>> mentions = new java.util.ArrayList<>();
    for (NameMention m : group) {
      mentions.add(Map.entry(m.name(), sentenceOf.getOrDefault(m, "")));
    }
    return logProbability(entity.name(), mentions, type);
  }

  /** The softmax of scores {@code z}. */
  public static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** Writes the model: one line per feature hash (hex) with its four weights. */
  public void write(Writer out) throws IOException {
    out.write("# entity type context model: feature hash, weights for PER ORG LOC MISC\n");
    for (int i = 0; i < keys.length; i++) {
      out.write(
          String.format(
              java.util.Locale.ROOT,
              "%016x\t%.4f\t%.4f\t%.4f\t%.4f%n",
              keys[i],
              values[i * 4],
              values[i * 4 + 1],
              values[i * 4 + 2],
              values[i * 4 + 3]));
    }
  }

  /**
   * Reads a model {@link #write} wrote (lines in any order; a repeated hash keeps its last line).
   */
  public static TypeContext read(BufferedReader in) throws IOException {
    long[] keys = new long[1 << 16];
    float[] values = new float[keys.length * 4];
    int n = 0;
    boolean ascending = true;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (n == keys.length) {
        keys = java.util.Arrays.copyOf(keys, n * 2);
        values = java.util.Arrays.copyOf(values, n * 8);
      }
      int from = line.indexOf('\t');
      if (from < 0) {
        throw new IOException("bad type context line: " + line);
      }
      try {
        keys[n] = Long.parseUnsignedLong(line, 0, from, 16);
        for (int k = 0; k < 4; k++) {
          int to = line.indexOf('\t', from + 1);
          if ((to < 0) != (k == 3)) {
            throw new IOException("bad type context line: " + line);
          }
          values[n * 4 + k] =
              Float.parseFloat(line.substring(from + 1, to < 0 ? line.length() : to));
          from = to;
        }
      } catch (NumberFormatException e) {
        throw new IOException("bad type context line: " + line, e);
      }
      ascending &= n == 0 || keys[n - 1] < keys[n];
      n++;
    }
    if (ascending) {
      return new TypeContext(
          java.util.Arrays.copyOf(keys, n), java.util.Arrays.copyOf(values, n * 4));
    }
    Map<Long, float[]> weights = new HashMap<>();
    for (int i = 0; i < n; i++) {
      weights.put(keys[i], java.util.Arrays.copyOfRange(values, i * 4, i * 4 + 4));
    }
    return new TypeContext(weights);
  }

  private static TypeContext load() {
    try (InputStream in = TypeContext.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return NONE;
      }
      return read(
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
