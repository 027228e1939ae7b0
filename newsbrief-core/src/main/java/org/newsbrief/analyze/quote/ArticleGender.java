package org.newsbrief.analyze.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's gender as one article tells it, from -1 (female) to 1 (male), 0 when it does not:
 * after each mention of the surname, the first personal pronoun in the same sentence (he/his/him or
 * she/her), and Mr. or Ms./Mrs. just before it (counted twice). Not thread-safe (caches).
 */
final class ArticleGender {
  private static final Pattern PERSONAL =
      Pattern.compile("\\b(he|his|him|himself|she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
  private final String text;
  private final Map<String, Double> cache = new HashMap<>();

  ArticleGender(String text) {
    this.text = text;
  }

  /** The gender of the person {@code mention} names. */
  double of(String mention) {
    String name = SpeakerNames.of(mention).name();
    if (name.isBlank()) {
      return 0;
    }
    return cache.computeIfAbsent(FullNames.surname(name), this::genderOf);
  }

  private double genderOf(String surname) {
    double male = 0;
    double female = 0;
    Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 5), m.start());
      if (before.matches(".*\\bMr\\.? $")) {
        male += 2;
      } else if (before.matches(".*\\bM(?:s|rs)\\.? $")) {
        female += 2;
      }
      int stop = m.end();
      while (stop < text.length()
          && stop - m.end() < 200
          && ".!?\n".indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      Matcher p = PERSONAL.matcher(text.substring(m.end(), stop));
      if (p.find()) {
        String w = p.group(1).toLowerCase(Locale.ROOT);
        if (w.startsWith("h") && !w.startsWith("her")) {
          male++;
        } else {
          female++;
        }
      }
    }
    return (male - female) / (male + female + 1);
  }
}
