package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.summarize.Support;
import org.newsbrief.summarize.SupportRule;
import org.newsbrief.summarize.WordVectors;

/**
 * Precision and recall of the summarizer's support sets against hand labels (story, article,
 * character offset of a sentence in that article, the articles that state its fact; {@code
 * docs/labels/summary-support-*.tsv}; files comma-separated in {@code support}). An article is an
 * index into a story of the {@code --data} file, or an ECB+ document id of the folder {@code
 * support_ecb}. Each labelled sentence is the analyzed sentence of its article that holds its
 * opening words; its own article is left out of both sets, so the figures count only the other
 * articles found to state it. Reported for the shipped rule ({@code support_*}), for words alone at
 * each share of {@code support_sweep}, and for meaning at each cosine of {@code support_cos} with
 * each word floor of {@code support_floor} (vectors from {@code support_vectors}, default the
 * shipped ones), each also as F1 on the even and the odd labelled stories, to choose on one and
 * report on the other.
 */
final class SupportLabels {
  private SupportLabels() {}

  static Map<String, Double> score(
      List<Cluster> clusters, String labelFiles, Analyzer analyzer, Map<String, String> options)
      throws IOException {
    Map<String, Cluster> byId = new LinkedHashMap<>();
    clusters.forEach(c -> byId.put(c.id(), c));
    Map<String, List<String>> docIds = new LinkedHashMap<>();
    String ecb = options.get("support_ecb");
    if (ecb != null) {
      for (EcbStories s : EcbStories.read(Path.of(ecb)).values()) {
        byId.put(s.cluster().id(), s.cluster());
        docIds.put(s.cluster().id(), s.docIds());
      }
    }
    Map<String, List<String[]>> byStory = new LinkedHashMap<>();
    for (String file : labelFiles.split(",")) {
      Path labels = Path.of(file.strip());
      for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IOException(labels + ": not story, article, offset, support: " + line);
        }
        byStory.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    List<LabelledStory> stories = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> story : byStory.entrySet()) {
      Cluster c = byId.get(story.getKey());
      if (c != null) {
        stories.add(
            LabelledStory.of(
                c, story.getValue(), docIds.getOrDefault(c.id(), List.of()), analyzer));
      }
    }
    if (stories.isEmpty()) {
      throw new IOException(labelFiles + ": no labelled sentence of these stories");
    }
    Map<String, SupportRule> rules = new LinkedHashMap<>();
    rules.put("", SupportRule.shipped());
    WordVectors vectors = vectors(options.get("support_vectors"));
    for (double t : list(options, "support_sweep")) {
      rules.put(
          String.format(Locale.ROOT, "_w%02d", Math.round(t * 100)), SupportRule.wordsOnly(t));
    }
    for (double cos : list(options, "support_cos")) {
      for (double floor : list(options, "support_floor")) {
        rules.put(
            String.format(
                Locale.ROOT, "_c%02d_f%02d", Math.round(cos * 100), Math.round(floor * 100)),
            new SupportRule(SupportRule.WORDS_ONLY_SHARE, cos, floor, vectors));
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Map.Entry<String, SupportRule> rule : rules.entrySet()) {
      long[] all = counts(stories, rule.getValue(), -1);
      String key = rule.getKey();
      metrics.put("support_precision" + key, ratio(all[1], all[0]));
      metrics.put("support_recall" + key, ratio(all[1], all[2]));
      if (!key.isEmpty()) {
        metrics.put("support_f1_even" + key, f1(counts(stories, rule.getValue(), 0)));
        metrics.put("support_f1_odd" + key, f1(counts(stories, rule.getValue(), 1)));
      } else {
        metrics.put("count_support_sentences", (double) all[3]);
        metrics.put("count_support_labelled", (double) all[2]);
      }
    }
    return metrics;
  }

  private static WordVectors vectors(@org.jspecify.annotations.Nullable String file)
      throws IOException {
    if (file == null) {
      return WordVectors.shipped();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return WordVectors.read(in);
    }
  }

  private static List<Double> list(Map<String, String> options, String key) {
    List<Double> values = new ArrayList<>();
    for (String t : options.getOrDefault(key, "").split(",")) {
      if (!t.isBlank()) {
        values.add(Double.parseDouble(t.strip()));
      }
    }
    return values;
  }

  /** Found, right, labelled and sentences over the stories of {@code parity} (-1: all). */
  private static long[] counts(List<LabelledStory> stories, SupportRule rule, int parity) {
    long[] n = new long[4];
    for (int k = 0; k < stories.size(); k++) {
      if (parity >= 0 && k % 2 != parity) {
        continue;
      }
      LabelledStory s = stories.get(k);
      List<List<String>> support = Support.of(s.texts(), s.sources(), s.analyzed(), rule);
      for (int i = 0; i < s.texts().size(); i++) {
        Set<String> got = new HashSet<>(support.get(i));
        got.remove(s.sources().get(i));
        n[0] += got.size();
        n[2] += s.gold().get(i).size();
        got.retainAll(s.gold().get(i));
        n[1] += got.size();
        n[3]++;
      }
    }
    return n;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : a / (double) b;
  }

  private static double f1(long[] n) {
    double p = ratio(n[1], n[0]);
    double r = ratio(n[1], n[2]);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
