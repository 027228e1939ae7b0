package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every mention in a text that could speak: pronouns, runs of capitalised words (names and
 * organisations, with "of", "the", "al" inside them) and lower-case role nouns ("the secretary",
 * "officials"). A leading function word ("But", "The") and a trailing possessive are cut off.
 */
final class SpeakerMentions {
  private static final Pattern PRONOUN =
      Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|who)\\b");
  private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}.'’&-]*";
  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + CAP
              + "(?:\\s+(?:(?:of|the|de|al|bin|van|von|der|du|la|le)\\s+)*"
              + CAP
              + ")*");
  private static final Pattern ROLE_WORD = Pattern.compile("\\b\\p{Ll}[\\p{L}-]+\\b");
  private static final Pattern FUNCTION =
      Pattern.compile(
          "(?:The|A|An|But|And|Or|In|On|At|For|If|When|While|As|After|Before|This|That|These"
              + "|Those|It|He|She|They|We|I|His|Her|Their|Its|Our|My|So|Yet|Then|Now|Still|Also"
              + "|Even|However|Meanwhile|According|Asked|Speaking|With|From|By|To|Of|Since"
              + "|Although|Because|Despite|During|Under|Over|What|Why|How|Who|Where|There|Here"
              + ")\\b\\s*");
  private static final Pattern POSSESSIVE = Pattern.compile("[’']s?$");

  private SpeakerMentions() {}

  /** The candidate mentions of {@code text}, sorted by offset. */
  static List<SpeakerCandidate> of(String text) {
    List<SpeakerCandidate> found = new ArrayList<>();
    Matcher p = PRONOUN.matcher(text);
    while (p.find()) {
      found.add(new SpeakerCandidate(p.start(), p.end(), p.group()));
    }
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      name(n.start(), n.group(), found);
    }
    Matcher r = ROLE_WORD.matcher(text);
    while (r.find()) {
      if (SpeakerPatterns.isRole(r.group())) {
        found.add(new SpeakerCandidate(r.start(), r.end(), r.group()));
      }
    }
    found.sort(Comparator.comparingInt(SpeakerCandidate::start));
    return found;
  }

  private static void name(int start, String run, List<SpeakerCandidate> found) {
    String t = run;
    int s = start;
    Matcher f = FUNCTION.matcher(t);
    while (f.lookingAt() && f.end() > 0) {
      if (f.end() >= t.length()) {
        return;
      }
      s += f.end();
      t = t.substring(f.end());
      f = FUNCTION.matcher(t);
    }
    t = POSSESSIVE.matcher(t).replaceFirst("");
    if (t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.isEmpty()) {
      found.add(new SpeakerCandidate(s, s + t.length(), t));
    }
  }
}
