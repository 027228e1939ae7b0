package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a text names, for the {@link Antecedents} of a pronoun speaker: capitalised full names
 * and the surnames of full names named in it (runs crossing a sentence end or holding a pronoun
 * word left out); whether a mention stands for several people; and the name a relative "who"
 * follows.
 */
final class ArticleNames {
  static final Pattern PRONOUN_WORD =
      Pattern.compile("\\b(?:I|You|He|She|We|They|It|His|Her|Their|Its|Our|My)\\b");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<!\\bMrs)\\p{Ll}{2,}[.!?]\\s|\\n");

  private ArticleNames() {}

  /** Capitalised names of {@code text}: full names, and surnames of full names named in it. */
  static List<QuoteSpan> of(String text) {
    List<SpeakerCandidate> runs = new ArrayList<>();
    Set<String> surnames = new HashSet<>();
    for (SpeakerCandidate c : SpeakerMentions.of(text)) {
      if (!SENTENCE_BREAK.matcher(c.text()).find() && !PRONOUN_WORD.matcher(c.text()).find()) {
        runs.add(c);
        if (FullNames.isFull(SpeakerNames.of(c.text()))) {
          surnames.add(Antecedents.key(c.text()));
        }
      }
    }
    List<QuoteSpan> names = new ArrayList<>();
    for (SpeakerCandidate c : runs) {
      if (FullNames.isFull(SpeakerNames.of(c.text()))
          || FullNames.isSurname(SpeakerNames.of(c.text()))
              && surnames.contains(Antecedents.key(c.text()))) {
        names.add(new QuoteSpan(c.start(), c.end(), c.start(), c.end(), c.text()));
      }
    }
    return names;
  }

  /** A mention of several: joined by "and", or headed by a lower-case plural noun. */
  static boolean plural(String mention) {
    String[] words = mention.strip().split("\\s+");
    String head = words[words.length - 1];
    return mention.matches(".*\\s(?:and|&)\\s.*")
        || Character.isLowerCase(head.codePointAt(0)) && head.endsWith("s") && !head.endsWith("ss");
  }

  /** The name a relative "who" at {@code offset} follows ("Beck, who said"), or "". */
  static String relative(String text, int offset) {
    String found = "";
    for (SpeakerCandidate m :
        SpeakerMentions.of(text.substring(Math.max(0, offset - 80), offset))) {
      if (!m.text().equals(m.text().toLowerCase(Locale.ROOT))) {
        found = m.text();
      }
    }
    return found;
  }

  /** How often {@code key} stands as a word (any case) in {@code text} before {@code offset}. */
  static int count(String text, String key, int offset) {
    if (key.isBlank()) {
      return 0;
    }
    Matcher m =
        Pattern.compile("\\b" + Pattern.quote(key) + "\\b", Pattern.CASE_INSENSITIVE)
            .matcher(text.substring(0, Math.min(offset, text.length())));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
