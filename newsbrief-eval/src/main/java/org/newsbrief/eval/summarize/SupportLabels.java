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
 * figures count only the other articles found to state it.
 */
final class SupportLabels {
  private static final int PREFIX = 40;

  private SupportLabels() {}

  static Map<String, Double> score(List<Cluster> clusters, Path labels, Analyzer analyzer)
      throws IOException {
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
    long found = 0;
    long right = 0;
    long labelled = 0;
    long sentences = 0;
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
      List<List<String>> support = Support.of(texts, sources, analyzed);
      for (int i = 0; i < texts.size(); i++) {
        Set<String> got = new HashSet<>(support.get(i));
        got.remove(sources.get(i));
        found += got.size();
        labelled += gold.get(i).size();
        got.retainAll(gold.get(i));
        right += got.size();
        sentences++;
      }
    }
    if (sentences == 0) {
      throw new IOException(labels + ": no labelled sentence of these stories");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("support_precision", found == 0 ? 0 : right / (double) found);
    metrics.put("support_recall", labelled == 0 ? 0 : right / (double) labelled);
    metrics.put("count_support_sentences", (double) sentences);
    metrics.put("count_support_labelled", (double) labelled);
    return metrics;
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
