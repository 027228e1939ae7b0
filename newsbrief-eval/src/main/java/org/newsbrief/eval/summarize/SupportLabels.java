package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;
import org.newsbrief.summarize.Support;

/**
 * Precision and recall of the summarizer's support sets against hand labels (story, article index,
 * character offset of a sentence in that article, the indices of the articles that state its fact;
 * {@code docs/labels/summary-support-dev.tsv}). Each labelled sentence is the analyzed sentence of
 * its article that holds its opening words; its own article is left out of both sets, so the
 * figures count only the other articles found to state it. Each threshold of {@code sweep} (share
 * of a sentence's word weight another sentence must state) is also scored on the first and the
 * second half of the labelled stories (F1), to choose it on one half and report it on the other.
 */
final class SupportLabels {
  private static final int PREFIX = 40;

  private SupportLabels() {}

  static Map<String, Double> score(
      List<Cluster> clusters, Path labels, Analyzer analyzer, Map<String, String> options)
      throws IOException {
    List<Double> sweep = new ArrayList<>();
    for (String t : options.getOrDefault("support_sweep", "").split(",")) {
      if (!t.isBlank()) {
        sweep.add(Double.parseDouble(t.strip()));
      }
    }
    double minShared =
        Double.parseDouble(options.getOrDefault("support_min", String.valueOf(Support.DEFAULT)));
    Map<String, Cluster> byId = new LinkedHashMap<>();
    clusters.forEach(c -> byId.put(c.id(), c));
    Map<String, List<String[]>> byStory = new LinkedHashMap<>();
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
    List<Story> stories = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> story : byStory.entrySet()) {
      Cluster c = byId.get(story.getKey());
      if (c == null) {
        continue;
      }
      List<AnalyzedArticle> analyzed = CoverageFolds.analyze(c, analyzer);
      List<String> texts = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      List<Set<String>> gold = new ArrayList<>();
      for (String[] f : story.getValue()) {
        int a = Integer.parseInt(f[1]);
        String raw = c.articles().get(a).substring(Integer.parseInt(f[2]));
        AnalyzedArticle article = articleOf(analyzed, c.id() + "-" + a);
        texts.add(sentenceAt(article, raw));
        sources.add(article.article().id());
        Set<String> g = new HashSet<>();
        for (String s : f[3].split(",")) {
          g.add(c.id() + "-" + s.strip());
        }
        g.remove(article.article().id());
        gold.add(g);
      }
      stories.add(new Story(analyzed, texts, sources, gold));
    }
    if (stories.isEmpty()) {
      throw new IOException(labels + ": no labelled sentence of these stories");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    long[] all = counts(stories, minShared, 0, stories.size());
    metrics.put("support_precision", ratio(all[1], all[0]));
    metrics.put("support_recall", ratio(all[1], all[2]));
    metrics.put("count_support_sentences", (double) all[3]);
    metrics.put("count_support_labelled", (double) all[2]);
    int half = stories.size() / 2;
    for (double t : sweep) {
      String key = String.format(java.util.Locale.ROOT, "%02d", Math.round(t * 100));
      long[] a = counts(stories, t, 0, half);
      long[] b = counts(stories, t, half, stories.size());
      metrics.put("support_f1_first_" + key, f1(a));
      metrics.put("support_f1_second_" + key, f1(b));
      long[] both = counts(stories, t, 0, stories.size());
      metrics.put("support_precision_" + key, ratio(both[1], both[0]));
      metrics.put("support_recall_" + key, ratio(both[1], both[2]));
    }
    return metrics;
  }

  private record Story(
      List<AnalyzedArticle> analyzed,
      List<String> texts,
      List<String> sources,
      List<Set<String>> gold) {}

  /** Found, right, labelled and sentences over stories {@code from} to {@code to}. */
  private static long[] counts(List<Story> stories, double minShared, int from, int to) {
    long[] n = new long[4];
    for (Story s : stories.subList(from, to)) {
      List<List<String>> support = Support.of(s.texts(), s.sources(), s.analyzed(), minShared);
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

  private static AnalyzedArticle articleOf(List<AnalyzedArticle> analyzed, String id)
      throws IOException {
    for (AnalyzedArticle a : analyzed) {
      if (a.article().id().equals(id)) {
        return a;
      }
    }
    throw new IOException("no article " + id);
  }

  /** The analyzed sentence holding the start of {@code raw} (the text from the label's offset). */
  private static String sentenceAt(AnalyzedArticle article, String raw) throws IOException {
    String want = squeeze(raw);
    String key = want.substring(0, Math.min(PREFIX, want.length()));
    for (Sentence s : article.sentences()) {
      if (!key.isEmpty() && squeeze(s.text()).contains(key)) {
        return s.text();
      }
    }
    throw new IOException("no sentence of " + article.article().id() + " opens: " + raw);
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
