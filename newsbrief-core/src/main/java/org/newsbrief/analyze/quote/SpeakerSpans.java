package org.newsbrief.analyze.quote;

/** Speaker spans: the noun phrase kept as a speaker, and whether it is plausible as one. */
final class SpeakerSpans {
  /** No quotation and no speaker. */
  static final QuoteSpan NONE = new QuoteSpan(0, 0, -1, -1, "");

  private SpeakerSpans() {}

  /**
   * Keeps the noun phrase of {@code phrase} that ends next to the verb: a pronoun on its own, or
   * the run of capitalised words, role nouns and linking words ("of", "the") before the verb.
   */
  static QuoteSpan trimmed(int base, int start, int end, int phraseStart, String phrase) {
    String[] words = phrase.split("\\s+");
    int first = words.length - 1;
    if (!SpeakerPatterns.PRONOUN.matcher(words[first]).matches()) {
      while (first > 0
          && (SpeakerPatterns.inNounPhrase(words[first - 1])
              || SpeakerPatterns.isRole(words[first]) && words[first - 1].matches("\\p{Ll}+"))) {
        first--;
      }
      while (first < words.length - 1 && SpeakerPatterns.LINKING.matcher(words[first]).matches()) {
        first++;
      }
    }
    int offset = 0;
    for (int i = 0; i < first; i++) {
      offset = phrase.indexOf(words[i], offset) + words[i].length();
    }
    int s = phrase.indexOf(words[first], offset);
    String kept = phrase.substring(s);
    return speaker(base, start, end, phraseStart + s, phraseStart + phrase.length(), kept);
  }

  static QuoteSpan speaker(
      int base, int start, int end, int speakerStart, int speakerEnd, String text) {
    String t = text.strip();
    if (t.endsWith(".") && !t.matches(".*\\b(?:\\p{Lu}\\.)+|.*\\b(?:Jr|Sr|Inc|Co|Corp)\\.")) {
      t = t.substring(0, t.length() - 1);
      speakerEnd = speakerStart + t.length();
    }
    if (!plausible(t)) {
      return new QuoteSpan(base + start, base + end, -1, -1, "");
    }
    return new QuoteSpan(base + start, base + end, base + speakerStart, base + speakerEnd, t);
  }

  /** A pronoun, or a phrase with a capitalised word or a role noun: not "but" or "as". */
  private static boolean plausible(String speaker) {
    if (speaker.isEmpty()
        || SpeakerPatterns.CLAUSE_WORD.matcher(speaker).matches()
        || speaker.matches(".*\\s(?i:and|or|of)")) {
      return false;
    }
    if (SpeakerPatterns.PRONOUN.matcher(speaker).matches()) {
      return true;
    }
    for (String w : speaker.split("\\s+")) {
      if (Character.isUpperCase(w.codePointAt(0)) || SpeakerPatterns.isRole(w)) {
        return !speaker.matches("(?i)as|so|but|and|or|that|this|these|those|there");
      }
    }
    return false;
  }
}
