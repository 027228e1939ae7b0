package org.newsbrief.analyze.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turn-taking and word-shape features of a candidate speaker beside {@link SpeakerFeatures}' ones,
 * from the rules' answers for the article's other quotations: whether the candidate's lower-case
 * form is a common word of the article ("Has", "More" opening a question), whether it is the
 * attribution another quotation's own rule found, whether it spoke the previous quotation, the one
 * before that or the next one, how many quotations ago it last spoke, and whether it is the addressee
 * of a speech verb ("told Kerry", "said to Kerry"). Built once per article text.
 */
final class TurnShape {
  private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}]*");
  private static final Pattern ADDRESSEE =
      Pattern.compile(
          "(?i)\\b(?:(?:told|tells|tell|telling|asked|asks|ask|asking|questioned|pressed|thanked"
              + "|urged|reminded|assured|interrupted)"
              + "|(?:said|says|replied|replies|responded|responds|spoke|speaking|talked|talking"
              + "|wrote|writes|explained|complained|added)\\s+to)\\s+(?:the\\s+)?$");
  private final List<RuleVotes> votes;
  private final Set<String> lowerWords = new HashSet<>();
  private final @Nullable String[] heads;
  private final @Nullable QuoteSpan[] own;

  TurnShape(String text, List<RuleVotes> votes) {
    this.votes = votes;
    Matcher m = LOWER_WORD.matcher(text);
    while (m.find()) {
      lowerWords.add(m.group());
    }
    heads = new String[votes.size()];
    own = new QuoteSpan[votes.size()];
    for (int j = 0; j < votes.size(); j++) {
      QuoteSpan p = votes.get(j).pick();
      if (p.attributed() && !SpeakerNames.isPronoun(p.speaker().strip().toLowerCase(Locale.ROOT))) {
        heads[j] = SpeakerFeatures.head(p.speaker());
      }
      own[j] = ownSpeaker(votes.get(j));
    }
  }

  /** The quotation's speaker as one of its own strategies names it (not carried over), or null. */
  private static @Nullable QuoteSpan ownSpeaker(RuleVotes v) {
    QuoteSpan p = v.pick();
    if (!p.attributed()) {
      return null;
    }
    for (QuoteSpan s : v.strategies()) {
      if (s.attributed() && s.speakerStart() < p.speakerEnd() && p.speakerStart() < s.speakerEnd()) {
        return p;
      }
    }
    return null;
  }

  /** Adds the turn features of candidate {@code c} of quotation {@code i} from {@code x[k]} on. */
  int turns(double[] x, int k, SpeakerCandidate c, int i, boolean pronoun, String ahead) {
    x[k++] = commonWord(c) ? 1 : 0;
    x[k++] = commonShare(c);
    x[k++] = claimedByOther(c, i) ? 1 : 0;
    String h = pronoun ? null : SpeakerFeatures.head(c.text());
    boolean previous = h != null && i > 0 && h.equals(heads[i - 1]);
    x[k++] = previous ? 1 : 0;
    x[k++] = !previous && h != null && i > 1 && h.equals(heads[i - 2]) ? 1 : 0;
    QuoteSpan next = i + 1 < own.length ? own[i + 1] : null;
    x[k++] =
        h != null && next != null && h.equals(SpeakerFeatures.head(next.speaker())) ? 1 : 0;
    int last = i - 1;
    while (h != null && last >= 0 && !h.equals(heads[last])) {
      last--;
    }
    x[k++] = h == null || last < 0 ? 0 : Math.log1p(i - 1 - last) / 2;
    x[k++] = ADDRESSEE.matcher(ahead).find() ? 1 : 0;
    return k;
  }

  /** A single capitalised word whose lower-case form the article also writes ("Has", "More"). */
  boolean commonWord(SpeakerCandidate c) {
    String t = c.text().strip();
    return !t.isEmpty()
        && t.indexOf(' ') < 0
        && Character.isUpperCase(t.codePointAt(0))
        && lowerWords.contains(t.toLowerCase(Locale.ROOT));
  }

  /** Of a name's capitalised words, the share whose lower-case form the article also writes. */
  private double commonShare(SpeakerCandidate c) {
    String[] words = c.text().strip().split("\\s+");
    int caps = 0;
    int common = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        caps++;
        String bare = w.replaceAll("[^\\p{L}]+$", "").toLowerCase(Locale.ROOT);
        common += lowerWords.contains(bare) ? 1 : 0;
      }
    }
    return caps < 2 ? 0 : common / (double) caps;
  }

  /**
   * Whether {@code c} is the speaker another quotation's own rule names while no strategy of
   * quotation {@code i} names it (the attribution of a neighbouring turn).
   */
  boolean claimedByOther(SpeakerCandidate c, int i) {
    for (QuoteSpan s : votes.get(i).strategies()) {
      if (s.attributed() && c.overlaps(s.speakerStart(), s.speakerEnd())) {
        return false;
      }
    }
    for (int j = 0; j < own.length; j++) {
      QuoteSpan o = own[j];
      if (j != i && o != null && c.overlaps(o.speakerStart(), o.speakerEnd())) {
        return true;
      }
    }
    return false;
  }
}
