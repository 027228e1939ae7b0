package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Speaker;

/**
 * Gives a bare surname ("Clinton said") the full name it stands for in its article: the person of
 * that surname named last before it ("Bill Clinton" after "Hillary Clinton" was named earlier),
 * else the first named after it. Two full names that differ ("Bill Clinton", "Hillary Clinton")
 * stay two speakers. Measured on PolNeAR as {@code speaker_name_accuracy} of {@code eval quotes}.
 */
final class FullNames {
  private FullNames() {}

  /**
   * The speaker of each of {@code quotes} (speaker fields hold the resolved mention), a bare
   * surname replaced by the nearest full name among {@code quotes} and {@code mentions}.
   */
  static List<Speaker> of(List<QuoteSpan> quotes, List<QuoteSpan> mentions) {
    List<QuoteSpan> full = new ArrayList<>();
    for (QuoteSpan m : mentions) {
      if (isFull(SpeakerNames.of(m.speaker()))) {
        full.add(m);
      }
    }
    for (QuoteSpan q : quotes) {
      if (isFull(SpeakerNames.of(q.speaker()))) {
        full.add(q);
      }
    }
    List<Speaker> out = new ArrayList<>();
    for (QuoteSpan q : quotes) {
      Speaker s = SpeakerNames.of(q.speaker());
      Speaker f = isSurname(s) ? nearest(full, s.name(), q.speakerStart()) : null;
      out.add(f == null ? s : new Speaker(null, f.name(), SpeakerNames.longer(s.role(), f.role())));
    }
    return out;
  }

  /** The key that groups mentions of one person: the lower-cased name, one apostrophe form. */
  static String key(Speaker s) {
    return s.name().toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /** A person's name of two to four capitalised words ("Marie Harf", "Gen. Lloyd Austin"). */
  static boolean isFull(Speaker s) {
    String[] words = s.name().split("\\s+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** One capitalised word with a lower-case letter ("Harf"; not "FARS", not "he"). */
  static boolean isSurname(Speaker s) {
    String n = s.name();
    return !n.contains(" ")
        && !n.isEmpty()
        && Character.isUpperCase(n.codePointAt(0))
        && n.codePoints().anyMatch(Character::isLowerCase)
        && !SpeakerNames.isPronoun(n);
  }

  /** The last word of a name, a possessive cut off. */
  static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].replaceAll("[’']s$", "");
  }

  private static @Nullable Speaker nearest(List<QuoteSpan> full, String surname, int offset) {
    QuoteSpan before = null;
    QuoteSpan after = null;
    for (QuoteSpan m : full) {
      if (!surname(SpeakerNames.of(m.speaker()).name()).equals(surname(surname))) {
        continue;
      }
      if (m.speakerEnd() <= offset) {
        if (before == null || m.speakerEnd() > before.speakerEnd()) {
          before = m;
        }
      } else if (after == null || m.speakerStart() < after.speakerStart()) {
        after = m;
      }
    }
    QuoteSpan chosen = before != null ? before : after;
    return chosen == null ? null : SpeakerNames.of(chosen.speaker());
  }
}
