package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the ordered rules say about one quotation: their pick (after carrying a speaker over), what
 * each strategy names on its own, and the speakers an introducing paragraph or the quotation before
 * offered; and how the rules reach them over the paragraphs of a text ({@link #of}).
 */
record RuleVotes(
    QuoteSpan pick,
    List<QuoteSpan> strategies,
    @Nullable QuoteSpan introducer,
    @Nullable QuoteSpan carried) {
  private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+");

  /** The rules' votes on every quotation of {@code text}, in order. */
  static List<RuleVotes> of(String text) {
    List<RuleVotes> votes = new ArrayList<>();
    QuoteSpan previous = null;
    QuoteSpan introducer = null;
    Matcher paragraph = PARAGRAPH.matcher(text);
    while (paragraph.find()) {
      int base = paragraph.start();
      String p = paragraph.group().replace('\u00A0', ' ');
      boolean paragraphHasSpeaker = false;
      for (int[] span : QuoteMarks.spans(p)) {
        List<QuoteSpan> every = QuoteAttribution.every(p, base, span[0], span[1]);
        QuoteSpan q = QuoteAttribution.attribute(p, base, span[0], span[1]);
        QuoteSpan carried = previous != null && previous.attributed() ? previous : null;
        if (!q.attributed() && introducer != null) {
          q = carry(q, introducer);
        }
        if (!q.attributed() && carried != null) {
          q = carry(q, carried);
        }
        paragraphHasSpeaker |= q.attributed();
        votes.add(new RuleVotes(q, every, introducer, carried));
        previous = q;
      }
      if (!paragraphHasSpeaker && !QuoteMarks.startsWithQuote(p)) {
        previous = null;
      }
      introducer = p.strip().endsWith(":") ? introducer(p, base) : null;
    }
    return votes;
  }

  private static QuoteSpan carry(QuoteSpan q, QuoteSpan from) {
    return new QuoteSpan(
        q.start(), q.end(), from.speakerStart(), from.speakerEnd(), from.speaker());
  }

  /** The speaker of a paragraph that introduces a quotation: {@code Caddell continued:}. */
  private static @Nullable QuoteSpan introducer(String p, int base) {
    java.util.regex.MatchResult m = SpeechVerbScan.first(p);
    return m == null ? null : SpeakerSpans.trimmed(base, 0, 0, m.start(1), m.group(1));
  }
}
