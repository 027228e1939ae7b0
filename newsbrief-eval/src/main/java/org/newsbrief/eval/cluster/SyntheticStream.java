package org.newsbrief.eval.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.Tokens;

/**
 * A long news stream synthesised from real stories: each synthetic story replays the articles of
 * one real story (a Multi-News cluster), re-dated within a few days of its start, and re-mixed into
 * one of {@value #DIALECTS} "dialects" (every content word gets a dialect suffix), so that two
 * replays of one real story are distinct stories while the vocabulary stays bounded. Stories start
 * at a steady rate; articles come out in date order. Texts are made on demand, so the stream itself
 * holds only small event records.
 */
final class SyntheticStream {
  static final int DIALECTS = 64;
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  /**
   * One article of the stream: which real article, in which dialect, on which day, in which story.
   */
  record Event(int story, int cluster, int article, int dialect, LocalDate date, int tie) {}

  private final List<List<String>> clusters;
  private final List<Event> events;

  /**
   * A stream of {@code articles} articles over {@code clusters} real stories, {@code perDay}
   * articles a day on average, shuffled by {@code seed}.
   */
  SyntheticStream(List<List<String>> clusters, int articles, int perDay, long seed) {
    this.clusters = clusters;
    Random random = new Random(seed);
    List<Event> out = new ArrayList<>(articles + 16);
    int story = 0;
    while (out.size() < articles) {
      int cluster = random.nextInt(clusters.size());
      int dialect = random.nextInt(DIALECTS);
      LocalDate start = START.plusDays(out.size() / perDay);
      for (int a = 0; a < clusters.get(cluster).size() && out.size() < articles; a++) {
        out.add(
            new Event(
                story, cluster, a, dialect, start.plusDays(random.nextInt(3)), random.nextInt()));
      }
      story++;
    }
    out.sort(Comparator.comparing(Event::date).thenComparingInt(Event::tie));
    this.events = out;
  }

  List<Event> events() {
    return events;
  }

  /** The text of {@code e}: the real article with every content word in the event's dialect. */
  String text(Event e) {
    String suffix = "q" + (char) ('a' + e.dialect() % 26) + (char) ('a' + e.dialect() / 26);
    Matcher m = WORD.matcher(clusters.get(e.cluster()).get(e.article()));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String w = m.group();
      m.appendReplacement(
          out, Tokens.STOPWORDS.contains(w.toLowerCase(Locale.ROOT)) ? w : w + suffix);
    }
    m.appendTail(out);
    return out.toString();
  }
}
