package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The named speakers of one text that pronoun speakers may stand for (speech-verb subjects, {@link
 * SpeechVerbScan#namedMentions}), as the {@link NameSteps} prepare them: trailing adverbs cut
 * ({@link NameSteps#TRIM}: "Trump also" is "Trump"), and subjects inside someone's quoted words
 * left out ({@link NameSteps#PERSON_ANTECEDENTS}: in “Everybody is laughing,” he wrote, "Everybody"
 * speaks in the quotation, not in the article).
 */
final class NamedSpeakers {
  private NamedSpeakers() {}

  static List<QuoteSpan> of(String text, List<QuoteSpan> quotations, Set<NameSteps> steps) {
    List<QuoteSpan> out = new ArrayList<>();
    for (QuoteSpan m : SpeechVerbScan.namedMentions(text)) {
      if (steps.contains(NameSteps.PERSON_ANTECEDENTS) && inside(m, quotations)) {
        continue;
      }
      if (steps.contains(NameSteps.TRIM)) {
        String t = SpeakerNames.withoutTrailingAdverbs(m.speaker());
        m = new QuoteSpan(m.start(), m.end(), m.speakerStart(), m.speakerStart() + t.length(), t);
      }
      out.add(m);
    }
    return out;
  }

  /** The person keys of {@code named} and of the speakers of {@code quotations}. */
  static Set<String> keys(List<QuoteSpan> named, List<QuoteSpan> quotations) {
    Set<String> keys = new HashSet<>();
    for (QuoteSpan m : named) {
      keys.add(Antecedents.key(m.speaker()));
    }
    for (QuoteSpan q : quotations) {
      keys.add(Antecedents.key(q.speaker()));
    }
    return keys;
  }

  private static boolean inside(QuoteSpan m, List<QuoteSpan> quotations) {
    for (QuoteSpan q : quotations) {
      if (q.start() <= m.speakerStart() && m.speakerEnd() <= q.end()) {
        return true;
      }
    }
    return false;
  }
}
