package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Tokens;

/**
 * Log-tf-idf term vectors with names boosted, idf taken from the documents seen so far. The
 * document-frequency table grows with the vocabulary, not with the number of articles.
 */
final class TermWeights {
  /** Names weigh three times an ordinary word: stories are told by who and where. */
  private static final double NAME_BOOST = 3.0;

  private static final Pattern NAME =
      Pattern.compile("(?<![.!?\\n]\\s)(?<=\\s)\\p{Lu}[\\p{L}’'-]+");

  /** Names share the document-frequency table under this prefix, which no token has. */
  private static final String NAME_KEY = "\u0001";

  /**
   * The fewest documents idf assumes (see {@link #idf}): 100 brings the ECB+ dev stories briefed
   * alone from 70 to 62 briefings for 54 stories and leaves the topic-wise CV of the mixed stream
   * at 0.9592 (300 brought it to 0.9523; docs/notes/stories.md).
   */
  static final long MIN_DOCUMENTS = 100;

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private long documents;

  /** Counts {@code text} as seen and returns its L2-normalised weights. */
  Map<String, Double> add(String text) {
    Map<String, Integer> tf = new HashMap<>();
    for (String t : Tokens.contentWords(text)) {
      tf.merge(t, 1, Integer::sum);
    }
    documents++;
    tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    Set<String> names = names(text);
    Map<String, Double> weights = new HashMap<>();
    tf.forEach(
        (t, f) -> {
          double idf = idf(t);
          weights.put(t, (1 + Math.log(f)) * idf * (names.contains(t) ? NAME_BOOST : 1));
        });
    return normalise(weights);
  }

  /**
   * Counts one article as seen and returns its features: body terms, and with {@code fields} the
   * headline, name and number vectors that the learned join model and the regrouping compare.
   */
  ArticleFeatures article(
      String id,
      String title,
      @Nullable LocalDate published,
      String text,
      float @Nullable [] embedding,
      long sequence,
      boolean fields) {
    Map<String, Double> terms = add(text);
    Set<String> entities = KeyNames.of(text);
    if (!fields) {
      return new ArticleFeatures(id, title, published, terms, embedding, entities, sequence);
    }
    return new ArticleFeatures(
        id,
        title,
        published,
        terms,
        embedding,
        entities,
        sequence,
        weigh(title),
        names(entities),
        digits(terms));
  }

  /**
   * The unit-length tf-idf vector of the content words of {@code text}, with the idf of the
   * documents counted so far ({@code text} is not counted again).
   */
  Map<String, Double> weigh(String text) {
    Map<String, Double> weights = counts(text);
    weights.replaceAll((t, w) -> w * idf(t));
    return normalise(weights);
  }

  /** The entries of {@code terms} with a digit, normalised again (a number's weight is its own). */
  private static Map<String, Double> digits(Map<String, Double> terms) {
    Map<String, Double> out = new HashMap<>();
    terms.forEach(
        (t, w) -> {
          if (hasDigit(t)) {
            out.put(t, w);
          }
        });
    return normalise(out);
  }

  /**
   * Counts the lower-cased {@code names} of one article (call once per article, after {@link #add})
   * and returns their unit-length idf vector.
   */
  Map<String, Double> names(Set<String> names) {
    Map<String, Double> weights = new HashMap<>();
    for (String n : names) {
      String key = NAME_KEY + n.toLowerCase(Locale.ROOT);
      if (!weights.containsKey(key)) {
        documentFrequency.merge(key, 1, Integer::sum);
        weights.put(key, idf(key));
      }
    }
    return normalise(weights);
  }

  /**
   * ln((max(N, {@link #MIN_DOCUMENTS}) + 1) / (df + 1)) + 1: below {@link #MIN_DOCUMENTS} documents
   * the idf is taken as if that many had been seen, so that a small input that is all one story
   * does not give its shared words the lowest weight and its one-article words the highest.
   */
  double idf(String t) {
    return Math.log(
            (Math.max(documents, MIN_DOCUMENTS) + 1.0)
                / (documentFrequency.getOrDefault(t, 1) + 1.0))
        + 1;
  }

  /** True for a token with a digit: a number, year, date or score. */
  static boolean hasDigit(String token) {
    return token.chars().anyMatch(Character::isDigit);
  }

  /** Capitalised words inside sentences, lower-cased: the names an article mentions. */
  private static Set<String> names(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return names;
  }

  /** Log term frequencies of the content words of {@code text}, without idf. */
  static Map<String, Double> counts(String text) {
    Map<String, Double> tf = new HashMap<>();
    for (String t : Tokens.contentWords(text)) {
      tf.merge(t, 1.0, Double::sum);
    }
    tf.replaceAll((t, f) -> 1 + Math.log(f));
    return tf;
  }

  static Map<String, Double> normalise(Map<String, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    Map<String, Double> out = new HashMap<>();
    if (norm > 0) {
      v.forEach((t, x) -> out.put(t, x / norm));
    }
    return out;
  }
}
