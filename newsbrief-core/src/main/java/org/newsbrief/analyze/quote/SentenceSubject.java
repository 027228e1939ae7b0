package org.newsbrief.analyze.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of the sentence a partial quotation sits in: "Trump openly admires Putin as a “strong
 * leader”" is Trump's, "In a White House statement, President Obama condemned the test as
 * “provocative”" is President Obama's. Tries the sentence start, then the start of each clause
 * after a comma ("Speaking in Novi, Michigan, Trump says ..."), and takes the first noun phrase
 * that a verb follows (or that an appositive and then a verb follow). The phrase opens with a
 * capital, a determiner or a number and ends before the first verb-like word.
 */
final class SentenceSubject {
  private static final Pattern DROPPED =
      Pattern.compile(
          "(?i)even|only|also|meanwhile|however|but|and|so|still|yet|then|now|conversely");
  private static final Pattern OPENER =
      Pattern.compile(
          "(?i)in|on|at|during|after|before|following|with|without|since|while|when|although"
              + "|though|because|if|as|despite|like|unlike|under|over|from|to|for|by|through"
              + "|according|that|this|there|it|here|asked|pressed|questioned|\\p{L}+ing");
  private static final Pattern DETERMINER =
      Pattern.compile(
          "(?i)the|a|an|his|her|their|its|my|our|your|another|other|one|two|three|several|some"
              + "|many|most|few|both|all|each|every|\\d[\\d,.%]*");
  private static final Pattern VERB_LIKE =
      Pattern.compile(
          "(?i)\\p{L}+(?:ed|ly)|is|are|was|were|has|have|had|will|would|can|could|may|might"
              + "|should|must|did|does|do|says|said|tells|told|calls|called|took|takes|made|makes"
              + "|used|uses|wrote|writes|gave|gives|sees|saw|thinks|thought|wants|wanted|went"
              + "|goes|got|gets|became|becomes|spoke|speaks|came|comes|put|puts|left|began|held"
              + "|kept|keeps|felt|feels|found|finds|brought|brings|sought|seeks|stood|stands"
              + "|admires|states|claims|describes|insists|argues|notes|warns|adds|believes"
              + "|hopes|talks|offers|urges|accuses|blames|rejects|denies|defends|backs|slams"
              + "|call|say|tell|describe|argue|insist|warn|claim|believe|want|think|see|know");
  private static final Pattern STOP =
      Pattern.compile("(?i)in|on|at|for|to|from|with|by|about|who|which|that|whose|and|or|as");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern COPULA = Pattern.compile("is|are|was|were");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s+|\\s[—―–-]{1,2}\\s+");
  private static final Pattern TRAILING = Pattern.compile("(?:\\s+(?i:of|the|a|an))+$");
  private static final Pattern TIME_ADVERBIAL =
      Pattern.compile("(?i)\\b(?:ago|earlier|later|ahead|before)$");
  private static final int MAX_WORDS = 8;

  private SentenceSubject() {}

  /**
   * [start, end) of the subject within {@code before} (the sentence up to the quotation's opening
   * mark), or null when no clause start holds one.
   */
  static int @org.jspecify.annotations.Nullable [] of(String before) {
    int from = 0;
    while (from >= 0 && from < before.length()) {
      int[] subject = at(before, from);
      if (subject != null) {
        return subject;
      }
      Matcher clause = CLAUSE_BREAK.matcher(before);
      from = clause.find(from) ? clause.end() : -1;
    }
    return null;
  }

  private static int @org.jspecify.annotations.Nullable [] at(String before, int from) {
    Matcher w = WORD.matcher(before);
    if (!w.find(from)) {
      return null;
    }
    while (DROPPED.matcher(bare(w.group())).matches()) {
      if (!w.find()) {
        return null;
      }
    }
    String first = bare(w.group());
    if (first.isEmpty()
        || OPENER.matcher(first).matches()
        || !Character.isUpperCase(first.codePointAt(0)) && !DETERMINER.matcher(first).matches()) {
      return null;
    }
    int start = w.start();
    int end = start + first.length();
    boolean closed = w.group().endsWith(",");
    int words = 1;
    String next = "";
    while (w.find()) {
      String word = w.group();
      String b = bare(word);
      if (closed || words == MAX_WORDS || b.isEmpty() || isVerb(b) || STOP.matcher(b).matches()) {
        next = b;
        break;
      }
      end = w.start() + (word.startsWith("(") ? word.length() - trailing(word) : b.length());
      words++;
      closed = word.endsWith(",") || word.endsWith(")");
    }
    String subject = TRAILING.matcher(before.substring(start, end).strip()).replaceFirst("");
    if (TIME_ADVERBIAL.matcher(subject).find()) {
      return null;
    }
    boolean appositive =
        closed
            && (next.isEmpty()
                || !Character.isUpperCase(next.codePointAt(0))
                || DETERMINER.matcher(next).matches());
    boolean verbFollows =
        !closed && !next.isEmpty() && isVerb(next) || appositive && hasVerbAfter(before, end);
    if (!verbFollows
        || SpeakerPatterns.CLAUSE_WORD.matcher(subject).matches()
        || describedNotSpeaking(before, end, next)) {
      return null;
    }
    return new int[] {start, start + subject.length()};
  }

  /**
   * Whether the subject is followed by a copula, directly ("The plan is “a disaster”") or after a
   * noun taken for a verb ("The setting of the nuclear talks is “the only place ...”"): a subject
   * that is described, not one that speaks.
   */
  private static boolean describedNotSpeaking(String before, int end, String next) {
    Matcher w = WORD.matcher(before);
    return w.find(end) && w.find() && COPULA.matcher(bare(w.group())).matches();
  }

  private static boolean isVerb(String word) {
    return Character.isLowerCase(word.codePointAt(0))
        && VERB_LIKE.matcher(word).matches()
        && !SpeakerPatterns.isRole(word);
  }

  private static boolean hasVerbAfter(String before, int end) {
    Matcher w = WORD.matcher(before);
    int seen = 0;
    while (w.find(end) && seen < 30) {
      String b = bare(w.group());
      if (!b.isEmpty() && isVerb(b)) {
        return true;
      }
      end = w.end();
      seen++;
    }
    return false;
  }

  private static int trailing(String word) {
    int n = 0;
    while (n < word.length() && ",;:".indexOf(word.charAt(word.length() - 1 - n)) >= 0) {
      n++;
    }
    return n;
  }

  private static String bare(String word) {
    return word.replaceAll("^[\"“‘(]+|[,;:.\"”’)]+$", "");
  }
}
