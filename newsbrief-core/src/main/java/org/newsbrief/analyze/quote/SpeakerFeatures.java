package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The features of a candidate speaker for a quotation, one code path for training and runtime:
 * which rules name it, its kind (pronoun, name, role noun), where it stands (same sentence before
 * or after, elsewhere in the paragraph, the paragraph before, inside quotation marks), how far,
 * whether a speech verb follows or precedes it, a possessive or preposition next to it, how salient
 * it is in the article and whether it was named as a speaker earlier. Built once per article text.
 */
final class SpeakerFeatures {
  /** Feature names, in vector order. */
  static final List<String> NAMES = SpeakerFeatureNames.ALL;

  static final Pattern VERB_FOLLOWS =
      Pattern.compile(
          "^\\s*,?\\s*(?:(?:\\w+ly|also|still|then|later|again|has|had|have)\\s+)?"
              + SpeakerPatterns.VERB
              + "\\b");
  private static final Pattern VERB_PRECEDES =
      Pattern.compile("\\b" + SpeakerPatterns.VERB + "\\s+(?:by\\s+)?$");
  private static final Pattern PREPOSITION =
      Pattern.compile(
          "(?i).*\\b(?:of|to|with|by|for|about|against|from|on|at|in|than|like|and|or|that)\\s+$");
  static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]*\\s+");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final String text;
  private final List<SpeakerCandidate> mentions;
  private final List<RuleVotes> votes;
  private final Map<String, Integer> headCounts = new HashMap<>();
  private final CandidateShape shape;

  SpeakerFeatures(String text, List<SpeakerCandidate> mentions, List<RuleVotes> votes) {
    this.text = text;
    this.mentions = mentions;
    this.votes = votes;
    this.shape = new CandidateShape(text);
    for (SpeakerCandidate m : mentions) {
      headCounts.merge(head(m.text()), 1, Integer::sum);
    }
  }

  /** The candidates of quotation {@code i} and their features. */
  QuoteChoice choice(int i) {
    RuleVotes v = votes.get(i);
    QuoteSpan q = v.pick();
    int paragraph = paragraphStart(q.start());
    int from = paragraph == 0 ? 0 : paragraphStart(paragraph - 1);
    int to = text.indexOf('\n', q.end());
    to = to < 0 ? text.length() : to;
    Map<String, SpeakerCandidate> byspan = new LinkedHashMap<>();
    for (SpeakerCandidate m : mentions) {
      if (m.start() >= from && m.end() <= to && !m.overlaps(q.start(), q.end())) {
        byspan.putIfAbsent(m.start() + ":" + m.end(), m);
      }
    }
    List<@Nullable QuoteSpan> extra = new ArrayList<>(v.strategies());
    extra.add(v.pick());
    extra.add(v.introducer());
    extra.add(v.carried());
    for (QuoteSpan s : extra) {
      if (s != null && s.attributed()) {
        byspan.putIfAbsent(
            s.speakerStart() + ":" + s.speakerEnd(),
            new SpeakerCandidate(s.speakerStart(), s.speakerEnd(), s.speaker()));
      }
    }
    List<SpeakerCandidate> candidates = new ArrayList<>(byspan.values());
    candidates.sort(java.util.Comparator.comparingInt(SpeakerCandidate::start));
    List<double[]> features = new ArrayList<>();
    for (SpeakerCandidate c : candidates) {
      features.add(vector(c, v, i, candidates));
    }
    return new QuoteChoice(q, candidates, features);
  }

  private double[] vector(SpeakerCandidate c, RuleVotes v, int i, List<SpeakerCandidate> all) {
    double[] x = new double[NAMES.size()];
    QuoteSpan q = v.pick();
    int k = 0;
    x[k++] = 1;
    x[k++] = names(c, v.pick());
    for (QuoteSpan s : v.strategies()) {
      x[k++] = names(c, s);
    }
    x[k++] = names(c, v.introducer());
    x[k++] = names(c, v.carried());
    String t = c.text().toLowerCase(Locale.ROOT);
    boolean pronoun = SpeakerNames.isPronoun(t) || t.equals("who");
    boolean name = !pronoun && !t.equals(c.text());
    x[k++] = t.equals("he") || t.equals("she") ? 1 : 0;
    x[k++] = t.equals("they") ? 1 : 0;
    x[k++] = t.equals("we") || t.equals("i") ? 1 : 0;
    x[k++] = t.equals("it") ? 1 : 0;
    x[k++] = name ? 1 : 0;
    x[k++] = !pronoun && !name ? 1 : 0;
    x[k++] = !pronoun && t.endsWith("s") && SpeakerPatterns.isRole(head(t)) ? 1 : 0;
    boolean before = c.end() <= q.start();
    String gap =
        before
            ? text.substring(c.end(), Math.max(c.end(), q.start() - 1))
            : text.substring(Math.min(q.end() + 1, c.start()), c.start());
    boolean otherParagraph = gap.indexOf('\n') >= 0;
    boolean sameSentence = !otherParagraph && !SENTENCE_END.matcher(gap).find();
    x[k++] = insideQuote(c) ? 1 : 0;
    x[k++] = before && sameSentence ? 1 : 0;
    x[k++] = !before && sameSentence ? 1 : 0;
    x[k++] = before && !sameSentence && !otherParagraph ? 1 : 0;
    x[k++] = !before && !sameSentence && !otherParagraph ? 1 : 0;
    x[k++] = otherParagraph ? 1 : 0;
    x[k++] = Math.log1p(count(gap)) / 3;
    x[k++] = CandidateShape.nearest(c, q, all, true) ? 1 : 0;
    x[k++] = CandidateShape.nearest(c, q, all, false) ? 1 : 0;
    String after = text.substring(c.end(), Math.min(text.length(), c.end() + 60));
    String ahead = text.substring(Math.max(0, c.start() - 60), c.start());
    x[k++] = VERB_FOLLOWS.matcher(after).find() ? 1 : 0;
    x[k++] = VERB_PRECEDES.matcher(ahead).find() ? 1 : 0;
    x[k++] = after.startsWith("’s") || after.startsWith("'s") ? 1 : 0;
    x[k++] = PREPOSITION.matcher(ahead).matches() ? 1 : 0;
    x[k++] = ahead.isBlank() || ahead.strip().matches("(?s).*[.!?\\n][\"“”’]?$") ? 1 : 0;
    x[k++] = pronoun ? 0 : Math.log1p(headCounts.getOrDefault(head(c.text()), 0)) / 3;
    x[k++] = !pronoun && spokeBefore(c, i) ? 1 : 0;
    x[k++] = Math.min(count(c.text()), 8) / 8.0;
    x[k++] = q.start() > 1 && paragraphStart(q.start()) >= q.start() - 2 && !before ? 1 : 0;
    k = shape.more(x, k, c, t, ahead, all);
    x[k++] = x[nameAt("he_she")] * x[nameAt("before_same_sentence")];
    x[k++] = x[nameAt("name")] * x[nameAt("before_same_sentence")];
    x[k++] = x[nameAt("name")] * x[nameAt("after_same_sentence")];
    x[k++] = x[nameAt("he_she")] * x[nameAt("after_same_sentence")];
    x[k++] = x[nameAt("role")] * x[nameAt("before_same_sentence")];
    x[k++] = x[nameAt("verb_follows")] * x[nameAt("before_same_sentence")];
    k = shape.layered(x, k, c, q, all);
    return x;
  }

  private static int nameAt(String name) {
    return NAMES.indexOf(name);
  }

  private static double names(SpeakerCandidate c, @Nullable QuoteSpan s) {
    return s != null && s.attributed() && c.overlaps(s.speakerStart(), s.speakerEnd()) ? 1 : 0;
  }

  private boolean insideQuote(SpeakerCandidate c) {
    for (RuleVotes v : votes) {
      if (c.overlaps(v.pick().start(), v.pick().end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the rules named this mention's head word as the speaker of an earlier quotation. */
  private boolean spokeBefore(SpeakerCandidate c, int i) {
    String h = head(c.text());
    for (int j = 0; j < i; j++) {
      QuoteSpan p = votes.get(j).pick();
      if (p.attributed() && head(p.speaker()).equals(h)) {
        return true;
      }
    }
    return false;
  }

  private int paragraphStart(int offset) {
    return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  private static int count(String s) {
    return (int) WORD.matcher(s).results().count();
  }

  static String head(String mention) {
    String[] w = mention.strip().split("\\s+");
    return w[w.length - 1].replaceAll("[’']s?$", "").toLowerCase(Locale.ROOT);
  }
}
