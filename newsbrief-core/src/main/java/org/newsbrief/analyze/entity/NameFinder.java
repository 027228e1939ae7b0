package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds capitalised names in a sentence and splits a leading title or role off each. A name is a
 * run of capitalised words that may hold "of", "and", "the" between capitalised words ("Islamic
 * State of Iraq and the Levant"); words that only open a sentence ("The", "But") are not names.
 */
final class NameFinder {
  private static final String WORD = "(?:\\p{Lu}[\\p{L}’'.]*(?:-\\p{Lu}[\\p{L}’'.]*)*)";
  private static final Pattern NAME =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])"
              + WORD
              + "(?:(?:\\s+(?:of(?: the)?|and the|bin|de|for))?\\s+(?:al-)?"
              + WORD
              + ")*");
  private static final Pattern DEMONYM =
      Pattern.compile(
          "\\p{Lu}\\p{L}+(?:ian|ians|ese|ish|is|ans)|Iraqi|Israeli|Pakistani|Saudi|Kuwaiti|Qatari"
              + "|Yemeni|Omani|Emirati|Bangladeshi|Afghani|French|British|Dutch|Swiss|Irish|Welsh|Scottish");
  private static final Pattern HONORIFIC = Pattern.compile("(?i)(?:mr|mrs|ms|dr|miss)\\.?");

  /** Capitalised words that open sentences and clauses, not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          ("The A An But And In On At It He She They We I This That These Those His Her "
                  + "Their Our As If When While However After Before Asked Confirmation Recent News "
                  + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
                  + "April May June July August September October November December There Here What "
                  + "Why How With No Not One Two Mr. Mrs. Ms. Dr. FILE By SEE ALSO Click During "
                  + "President Dr Mr Secretary Gen Sen Obviously Republican Democrat Senior Former "
                  + "Still Also Earlier Later Even Under Over From Without For To Of Since Despite "
                  + "Although Though Because Until Among Between Through Across Against Near Inside "
                  + "Outside Like Unlike According Meanwhile Instead Now Then Yet So Or Nor Both Each "
                  + "Every Some Many Most Several Other Another All Only Just Younger Older Where Who")
              .split(" "));

  static final Pattern TITLE =
      Pattern.compile(
          "^((?:(?:U\\.S\\.|Iranian|Iraqi|Syrian|French|British|Republican|Democratic|Former|Acting"
              + "|Deputy|Senior|Supreme|Foreign|Defense|Prime|Vice|Rear|White House|State"
              + "|Department|Pentagon|Secretary|Minister|President|Leader|Spokesman|Spokeswoman"
              + "|Ambassador|Envoy|Admiral|Adm\\.|Gen\\.|General|Sen\\.|Sens\\.|Senator|Rep\\."
              + "|Gov\\.|Governor|Ayatollah|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Lt\\.|Col\\."
              + "|Chairman|Chief"
              + "|Commander|of|the|Central|Command|Department|Judge|Justice|District|Federal"
              + "|Sheriff|Marshal|Fire|Police|County|Insurance|Commissioner|Chancellor|Mayor"
              + "|Officer|Inspector|Superintendent|Attorney|Prosecutor|Detective|Captain|Capt\\."
              + "|Sergeant|Sgt\\.|Lieutenant|Colonel|Coach|Professor|Prof\\.|Premier|Emir|Sheikh"
              + "|Cardinal|Bishop|Pope|Rev\\.)\\s+)+)(?=\\p{Lu})");
  static final Pattern TITLE_HEAD =
      Pattern.compile(
          "(?i).*\\b(secretary of state|secretary|minister|president|leader|spokes(?:wo)?man"
              + "|ambassador|envoy|admiral|adm\\.|gen\\.|general|sen\\.|sens\\.|senator|rep\\."
              + "|gov\\.|governor|ayatollah|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|chairman|chief"
              + "|commander|judge|justice"
              + "|sheriff|marshal|commissioner|chancellor|mayor|officer|inspector|superintendent"
              + "|attorney|prosecutor|detective|captain|capt\\.|sergeant|sgt\\.|lieutenant|colonel"
              + "|coach|professor|prof\\.|premier|emir|sheikh|cardinal|bishop|pope|rev\\.)\\s*$");

  /** A judge's title after other words: "New Orleans Federal Judge Kurt Engelhardt". */
  private static final Pattern JUDGE =
      Pattern.compile("^(.*\\b(?:Judge|Justice|Magistrate))\\s+(?=\\p{Lu}\\p{Ll})");

  /** A role written in lower case right before a name: "State Department spokeswoman". */
  private static final Pattern LOWER_ROLE =
      Pattern.compile(
          "((?:(?:\\p{Lu}[\\p{L}.’']*|of|the)\\s+){0,4}(?:[a-z-]+\\s+){0,2}(?:spokes(?:wo)?man"
              + "|spokesperson|adviser|advisor|minister|secretary|leader|envoy|ambassador|nominee"
              + "|official|president|lawmaker|analyst|correspondent|chief|head|commander)\\s+)$");

  private NameFinder() {}

  /** A name and the title or role split off it. */
  record Titled(String name, @Nullable String role) {}

  static List<NameMention> find(String sentence, String article, int index) {
    List<NameMention> mentions = new ArrayList<>();
    List<int[]> expansions = AcronymExpansions.spans(sentence);
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      int[] expansion = containing(expansions, m.start());
      if (expansion != null) {
        if (expansion[0] == m.start()) {
          String name = sentence.substring(expansion[0], expansion[1]);
          add(mentions, sentence, expansion[0], name, article, index);
        }
        continue;
      }
      int offset = m.start();
      for (String part :
          m.group()
              .split("(?<=[’']s)\\s+|\\s+and the\\s+(?!Levant)|\\s+of the\\s+(?=\\p{Lu}\\.)")) {
        add(mentions, sentence, offset, part, article, index);
        offset += part.length() + 1;
      }
    }
    return mentions;
  }

  private static int @Nullable [] containing(List<int[]> spans, int at) {
    for (int[] span : spans) {
      if (span[0] <= at && at < span[1]) {
        return span;
      }
    }
    return null;
  }

  /**
   * The name without a leading title, and the title or the lower-case role written just before it
   * (null when there is none).
   */
  static Titled splitRole(String sentence, int at, String found) {
    String name = found;
    String role = null;
    Matcher t = TITLE.matcher(name);
    if (t.find() && TITLE_HEAD.matcher(t.group(1)).matches()) {
      role = t.group(1).strip();
      name = name.substring(t.end()).strip();
    }
    Matcher judge = JUDGE.matcher(name);
    if (role == null && judge.find()) {
      role = judge.group(1).strip();
      name = name.substring(judge.end()).strip();
    }
    if (role == null) {
      Matcher r = LOWER_ROLE.matcher(sentence.substring(Math.max(0, at - 80), Math.max(0, at)));
      if (r.find()) {
        role = r.group(1).strip();
      }
    }
    if (role != null && HONORIFIC.matcher(role).matches()) {
      role = null;
    }
    return new Titled(name, role);
  }

  private static void add(
      List<NameMention> mentions, String sentence, int at, String raw, String article, int index) {
    String name = raw.replaceAll("[’']s$", "").strip();
    if (!name.matches(".*\\b(?:\\p{Lu}\\.)+$")) {
      name = name.replaceAll("[.,]$", "");
    }
    if (name.isEmpty() || NOT_NAMES.contains(name) || name.matches(".*[’'](?:m|re|ve|ll|d)$")) {
      return;
    }
    Titled split = splitRole(sentence, at, name);
    name = split.name();
    String role = split.role();
    String[] words = name.split("\\s+");
    if (NOT_NAMES.contains(words[0]) && words.length > 1) {
      name = name.substring(words[0].length()).strip();
    }
    if (name.length() > 1
        && !NOT_NAMES.contains(name)
        && !(DEMONYM.matcher(name).matches() && !Places.is(name))) {
      mentions.add(new NameMention(name, role, article, index));
    }
  }
}
