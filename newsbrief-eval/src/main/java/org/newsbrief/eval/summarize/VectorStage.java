package org.newsbrief.eval.summarize;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.cluster.BgeSmallEmbedder;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;
import org.newsbrief.summarize.LexicalPriors;
import org.newsbrief.summarize.WordVectors;

/**
 * {@code newsbrief train summarize --set stage=vectors}: static word vectors distilled from the
 * bundled bge-small model for support by meaning. The vocabulary is the content words (letters
 * only) that the shipped lexical priors saw in at least {@code min_stories} training windows, the
 * {@code vocab} most frequent; each is embedded alone, the vectors are centred and projected on
 * their first {@code dims} principal components ({@link Pca}) and set to unit length. Writes {@code
 * word-vectors.bin.gz} and its manifest {@code word-vectors.json} to {@code out}; {@code cache} (a
 * file) keeps the raw embeddings, so other {@code dims} cost no second embedding pass.
 */
final class VectorStage {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]");

  private VectorStage() {}

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long start = System.nanoTime();
    int vocab = Integer.parseInt(options.getOrDefault("vocab", "16000"));
    int minStories = Integer.parseInt(options.getOrDefault("min_stories", "30"));
    int dims = Integer.parseInt(options.getOrDefault("dims", "64"));
    List<String> words = vocabulary(vocab, minStories);
    float[][] raw = embedded(words, options.get("cache"));
    float[][] reduced = Pca.project(raw, dims);
    Map<String, float[]> table = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      table.put(words.get(i), Pca.unit(reduced[i]));
    }
    Files.createDirectories(out);
    Path file = out.resolve("word-vectors.bin.gz");
    try (OutputStream o = Files.newOutputStream(file)) {
      new WordVectors(table, dims).write(o);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String notes =
        String.format(
            Locale.ROOT,
            "%d content words (letters only) in >= %d training windows of the shipped lexical"
                + " priors (Multi-News train), each embedded alone by bge-small-en-v1.5"
                + " (quantised, as bundled), centred, projected on %d principal components, unit"
                + " length, int8. Used by summarize.Corroboration for support by meaning; its"
                + " threshold is chosen on docs/labels/summary-support-*.tsv (see"
                + " docs/notes/summarize.md). %.0f s.",
            words.size(),
            minStories,
            dims,
            seconds);
    new ModelManifest(
            "summarize-word-vectors",
            "Multi-News train (vocabulary, via coverage-priors.tsv.gz); bge-small-en-v1.5",
            "train",
            words.size(),
            SummarizeTraining.command(data, options),
            0,
            Map.of(),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            notes)
        .write(out.resolve("word-vectors.json"), file);
    Map<String, Double> system = new LinkedHashMap<>();
    system.put("count_words", (double) words.size());
    system.put("count_dims", (double) dims);
    system.put("train_s", seconds);
    system.put("model_mb", Files.size(file) / 1e6);
    return new EvalReport("summarize", data.toString(), system, Map.of());
  }

  /** Each word embedded alone; kept in (or read back from) {@code cache} when given. */
  private static float[][] embedded(List<String> words, @Nullable String cache) throws IOException {
    Path file = cache == null ? null : Path.of(cache);
    if (file != null && Files.exists(file)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        float[][] raw = new float[in.readInt()][in.readInt()];
        if (raw.length == words.size()) {
          for (float[] r : raw) {
            for (int i = 0; i < r.length; i++) {
              r[i] = in.readFloat();
            }
          }
          return raw;
        }
      }
    }
    BgeSmallEmbedder embedder = new BgeSmallEmbedder(8);
    float[][] raw = new float[words.size()][];
    for (int i = 0; i < words.size(); i++) {
      raw[i] = embedder.embed(words.get(i));
      if (i % 1000 == 0) {
        System.err.printf(Locale.ROOT, "vectors: %d of %d words%n", i, words.size());
      }
    }
    if (file != null) {
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeInt(raw.length);
        out.writeInt(raw[0].length);
        for (float[] r : raw) {
          for (float x : r) {
            out.writeFloat(x);
          }
        }
      }
    }
    return raw;
  }

  /** The {@code max} content words in the most training windows, at least {@code min} of them. */
  static List<String> vocabulary(int max, int min) throws IOException {
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    try (InputStream in = LexicalPriors.class.getResourceAsStream("coverage-priors.tsv.gz")) {
      if (in == null) {
        throw new IOException("no shipped lexical priors");
      }
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length != 3 || !WORD.matcher(f[0]).matches()) {
          continue;
        }
        int stories = Integer.parseInt(f[1]);
        if (stories >= min && Tokens.contentWords(f[0]).equals(List.of(f[0]))) {
          kept.add(Map.entry(f[0], stories));
        }
      }
    }
    kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return kept.stream().limit(max).map(Map.Entry::getKey).toList();
  }
}
