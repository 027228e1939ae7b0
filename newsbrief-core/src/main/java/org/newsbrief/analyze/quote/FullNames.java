package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    return of(quotes, mentions, List.of());
  }

  /**
   * As {@link #of(List, List)}; a bare surname no speaker's full name gives takes the nearest full
   * name among {@code names} (any mention of the article).
   */
  static List<Speaker> of(List<QuoteSpan> quotes, List<QuoteSpan> mentions, List<QuoteSpan> names) {
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
      if (f == null && isSurname(s)) {
        List<QuoteSpan> named =
            names.stream().filter(m -> isFull(SpeakerNames.of(m.speaker()))).toList();
        f = nearest(named, s.name(), q.speakerStart());
      }
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

  /** The grouping key: {@link #key(Speaker)}, or with {@code bySurname} the surname grouping's. */
  static String key(Speaker s, boolean bySurname) {
    return bySurname ? SpeakerNames.key(s) : key(s);
  }

  /**
   * Each speaker key's fullest form (longest name, longest role); with full-name keys (not {@code
   * bySurname}, the old grouping by surname), a bare surname left without a full name in its
   * article takes the most quoted full name of that surname.
   */
  static Map<String, Speaker> fullest(List<Speaker> speakers, boolean bySurname) {
    return fullest(speakers, bySurname, false);
  }

  /**
   * As {@link #fullest(List, boolean)}; with {@code unique}, a bare surname takes a full name only
   * when one person of that surname is named (two Sementillis: the bare surname stays).
   */
  static Map<String, Speaker> fullest(List<Speaker> speakers, boolean bySurname, boolean unique) {
    Map<String, Speaker> fullest = new HashMap<>();
    Map<String, Integer> quoted = new HashMap<>();
    for (Speaker s : speakers) {
      fullest.merge(key(s, bySurname), s, FullNames::fuller);
      quoted.merge(key(s, bySurname), 1, Integer::sum);
    }
    if (!bySurname) {
      Map<String, Speaker> bySurnameKey = new HashMap<>();
      for (Speaker s : speakers) {
        if (isFull(s)) {
          String k = surname(s.name());
          Speaker had = bySurnameKey.get(k);
          if (had == null || quoted.getOrDefault(key(s), 0) > quoted.getOrDefault(key(had), 0)) {
            bySurnameKey.put(k, s);
          }
        }
      }
      Map<String, Set<String>> people = new HashMap<>();
      for (Speaker s : speakers) {
        if (isFull(s)) {
          people.computeIfAbsent(surname(s.name()), k -> new HashSet<>()).add(key(s));
        }
      }
      for (Speaker s : speakers) {
        Speaker full = isSurname(s) ? bySurnameKey.get(surname(s.name())) : null;
        if (unique && people.getOrDefault(surname(s.name()), Set.of()).size() > 1) {
          full = null;
        }
        if (full != null) {
          fullest.put(key(s), fullest.getOrDefault(key(full), full));
        }
      }
    }
    return fullest;
  }

  private static Speaker fuller(Speaker a, Speaker b) {
    String name = b.name().length() > a.name().length() ? b.name() : a.name();
    return new Speaker(null, name, SpeakerNames.longer(a.role(), b.role()));
  }
}
