package org.newsbrief.analyze.quote;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Speaker;

/**
 * The first name of the person a speaker mention names, as far as a {@link NameGender} table knows
 * first names: the word before the surname (initials passed over; not a title further left), when
 * the table holds it; for a bare surname, of the full name of that surname mentioned nearest before
 * (else after) in the article, unless its full names of that surname differ.
 */
final class FirstNames {
  private FirstNames() {}

  /**
   * The first name of {@code mention} at {@code offset}, {@code mentions} being the article's named
   * mentions; "" when the table knows none.
   */
  static String of(String mention, int offset, List<QuoteSpan> mentions, NameGender table) {
    Speaker s = SpeakerNames.of(mention);
    String name = s.name();
    if (!FullNames.isFull(s)) {
      Speaker full = nearestFull(Antecedents.key(mention), offset, mentions);
      if (full == null) {
        return "";
      }
      name = full.name();
    }
    String[] words = name.strip().split("\\s+");
    for (int i = words.length - 2; i >= 0; i--) {
      if (!words[i].matches("\\p{L}\\.?")) {
        return table.known(words[i]) ? words[i] : "";
      }
    }
    return "";
  }

  /**
   * The full name of surname {@code key} mentioned nearest before {@code offset} (else after), when
   * the article's full names of that surname share one first name ("Bill Clinton" and "Hillary
   * Clinton" leave "Clinton" unknown); null otherwise.
   */
  private static @Nullable Speaker nearestFull(String key, int offset, List<QuoteSpan> mentions) {
    Speaker best = null;
    long bestDistance = Long.MAX_VALUE;
    String first = null;
    for (QuoteSpan m : mentions) {
      Speaker f = SpeakerNames.of(m.speaker());
      if (!FullNames.isFull(f) || !Antecedents.key(m.speaker()).equals(key)) {
        continue;
      }
      String opens = f.name().strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
      if (first != null && !first.equals(opens)) {
        return null;
      }
      first = opens;
      // before the offset first (nearest), then after it
      long d =
          m.speakerEnd() <= offset
              ? offset - m.speakerEnd()
              : Integer.MAX_VALUE + (long) m.speakerStart() - offset;
      if (d < bestDistance) {
        bestDistance = d;
        best = f;
      }
    }
    return best;
  }
}
