package org.newsbrief.analyze.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Who leads the text just before a quotation, for the {@link AntecedentRanker}: the first named
 * mention of the sentence before the quotation (the grammatical subject, as a rule, of "Trump has
 * taken a firm stance ... “...,” he said") and the first named mention of the quotation's
 * paragraph. Immutable over one text.
 */
final class LeadMentions {
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev)|\\b\\p{Lu})$");
  private static final String QUOTES = "“\"‘'”’";
  private final String text;

  LeadMentions(String text) {
    this.text = text;
  }

  /**
   * The person key ({@link Antecedents#key}) of the first of {@code mentions} inside the sentence
   * before the quotation whose content starts at {@code start} (the sentence it opens inside, when
   * it opens mid-sentence); "" when there is none.
   */
  String sentenceLead(int start, List<QuoteSpan> mentions) {
    int i = start - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || QUOTES.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    int to = i + 1;
    if (i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    while (i >= 0 && !boundary(i)) {
      i--;
    }
    return first(mentions, i + 1, to);
  }

  /** As {@link #sentenceLead}, over the quotation's paragraph before {@code start}. */
  String paragraphLead(int start, List<QuoteSpan> mentions) {
    int from = text.lastIndexOf('\n', Math.max(0, start - 2)) + 1;
    return first(mentions, from, start);
  }

  /** Whether a mention at {@code at} starts a sentence (after ". ", a quote mark, a line break). */
  boolean sentenceStart(int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "“\"‘'(".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
  }

  private String first(List<QuoteSpan> mentions, int from, int to) {
    QuoteSpan first = null;
    for (QuoteSpan m : mentions) {
      if (m.speakerStart() >= from
          && m.speakerEnd() <= to
          && (first == null || m.speakerStart() < first.speakerStart())) {
        first = m;
      }
    }
    return first == null ? "" : Antecedents.key(first.speaker());
  }

  private boolean boundary(int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    if (".!?".indexOf(c) < 0 || i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    boolean ends = Character.isWhitespace(next) || QUOTES.indexOf(next) >= 0;
    return ends
        && !(c == '.' && ABBREVIATION.matcher(text.substring(Math.max(0, i - 5), i)).find());
  }
}
