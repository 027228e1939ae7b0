package org.newsbrief.eval.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.analyze.SentenceSplitter;
import org.newsbrief.analyze.Tokens;

/**
 * The peer summarizers of {@code eval summarize}, each filling the same word budget: Lead (the
 * first three sentences of every article, then the next ones in turn), LexRank (Erkan and Radev
 * 2004: TF-IDF cosine graph, threshold 0.1) and TextRank (Mihalcea and Tarau 2004: word overlap
 * normalised by log lengths).
 */
final class Baselines {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private Baselines() {}

  static List<List<String>> sentencesOf(List<String> articles) {
    List<List<String>> out = new ArrayList<>();
    for (String article : articles) {
      List<String> sentences = new ArrayList<>();
      for (String paragraph : article.split("\\n\\s*\\n|\\n")) {
        sentences.addAll(SPLITTER.split(paragraph));
      }
      out.add(sentences);
    }
    return out;
  }

  static List<String> lead(List<List<String>> articles, int words) {
    List<String> out = new ArrayList<>();
    int total = 0;
    for (int round = 0; total < words; round++) {
      boolean any = false;
      for (List<String> sentences : articles) {
        int from = round == 0 ? 0 : 2 + round;
        int to = round == 0 ? Math.min(3, sentences.size()) : Math.min(3 + round, sentences.size());
        for (int i = from; i < to && total < words; i++) {
          out.add(sentences.get(i));
          total += count(sentences.get(i));
          any = true;
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  static List<String> lexRank(List<List<String>> articles, int words) {
    List<String> all = flatten(articles);
    List<Map<String, Double>> vectors = tfidf(all);
    int n = all.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        w[i][j] = cosine(vectors.get(i), vectors.get(j)) > 0.1 ? 1 : 0;
      }
    }
    return select(all, SentenceGraph.rank(w), words);
  }

  static List<String> textRank(List<List<String>> articles, int words) {
    List<String> all = flatten(articles);
    List<Set<String>> sets = new ArrayList<>();
    all.forEach(s -> sets.add(new HashSet<>(Tokens.contentWords(s))));
    int n = all.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j || sets.get(i).size() < 2 || sets.get(j).size() < 2) {
          continue;
        }
        Set<String> shared = new HashSet<>(sets.get(i));
        shared.retainAll(sets.get(j));
        w[i][j] = shared.size() / (Math.log(sets.get(i).size()) + Math.log(sets.get(j).size()));
      }
    }
    return select(all, SentenceGraph.rank(w), words);
  }

  private static List<String> select(List<String> sentences, double[] scores, int words) {
    List<String> out = new ArrayList<>();
    List<Set<String>> chosen = new ArrayList<>();
    int total = 0;
    for (int i : SentenceGraph.byScore(scores)) {
      if (total >= words) {
        break;
      }
      Set<String> terms = new HashSet<>(Tokens.contentWords(sentences.get(i)));
      if (terms.isEmpty() || redundant(terms, chosen)) {
        continue;
      }
      out.add(sentences.get(i));
      chosen.add(terms);
      total += count(sentences.get(i));
    }
    return out;
  }

  private static boolean redundant(Set<String> terms, List<Set<String>> chosen) {
    for (Set<String> other : chosen) {
      Set<String> shared = new HashSet<>(terms);
      shared.retainAll(other);
      if (shared.size() > 0.6 * Math.min(terms.size(), other.size())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> flatten(List<List<String>> articles) {
    List<String> all = new ArrayList<>();
    articles.forEach(all::addAll);
    return all;
  }

  private static List<Map<String, Double>> tfidf(List<String> sentences) {
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Double>> tfs = new ArrayList<>();
    for (String s : sentences) {
      Map<String, Double> tf = new HashMap<>();
      Tokens.contentWords(s).forEach(t -> tf.merge(t, 1.0, Double::sum));
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      tfs.add(tf);
    }
    double n = sentences.size();
    for (Map<String, Double> tf : tfs) {
      tf.replaceAll((t, v) -> v * Math.log(n / df.getOrDefault(t, 1)));
    }
    return tfs;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  static int count(String sentence) {
    String t = sentence.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
