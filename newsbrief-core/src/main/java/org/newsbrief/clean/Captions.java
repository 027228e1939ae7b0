package org.newsbrief.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises photo captions: lines a page prints twice (once as alt text, once under the image,
 * often with a credit such as "/ Reuters"), "FILE -" captions, and one-line captions that describe
 * a picture in the present tense and end with the date it was taken.
 */
final class Captions {
  private static final Pattern CREDIT = Pattern.compile("[/|(©].{0,60}");
  private static final Pattern PICTURE_VERB =
      Pattern.compile(
          "\\b(speaks|speak|meets|meet|attends|attend|arrives|arrive|gestures|listens|waves"
              + "|looks on|talks|walks|stands|sits|delivers|addresses|poses|shakes hands"
              + "|is seen|are seen|pictured)\\b");

  /** "..., left, and ..." or "(L)": a caption naming who stands where in the picture. */
  private static final Pattern POSITION =
      Pattern.compile("\\w, (left|right|center|centre), (and|with|speaks|talks)\\b|\\((L|R|C)\\)");

  /** What {@link #POSITION} cannot match without: a cheap test before the regex. */
  private static final List<String> POSITION_MARKS =
      List.of(", left, ", ", right, ", ", center, ", ", centre, ", "(L)", "(R)", "(C)");

  /** The month names {@link #TRAILING_DATE} needs: a cheap test before the regexes. */
  private static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private static final Pattern TRAILING_DATE =
      Pattern.compile(
          "(January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\s+\\d{1,2}(,\\s*\\d{4})?\\.?(\\s*[/|(].{0,40})?$");

  private Captions() {}

  /** Whether two neighbouring lines are the same caption printed twice. */
  static boolean isRepeatedPair(String first, String second) {
    String a = first.strip();
    String b = second.strip();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return shorter.length() >= 20
        && longer.startsWith(shorter)
        && CREDIT.matcher(longer.substring(shorter.length()).strip()).matches();
  }

  /** Whether a single paragraph reads as a photo caption. */
  static boolean isCaption(String paragraph) {
    String t = paragraph.strip();
    if (t.startsWith("FILE -") || t.startsWith("FILE –") || t.startsWith("FILE PHOTO")) {
      return true;
    }
    if (t.length() >= 400) {
      return false;
    }
    if (containsAny(t, POSITION_MARKS) && POSITION.matcher(t).find()) {
      return true;
    }
    return !t.contains("\"")
        && !t.contains("“")
        && DateLines.hasDigit(t)
        && containsAny(t, MONTHS)
        && PICTURE_VERB.matcher(t).find()
        && TRAILING_DATE.matcher(t).find();
  }

  private static boolean containsAny(String text, List<String> marks) {
    for (String mark : marks) {
      if (text.contains(mark)) {
        return true;
      }
    }
    return false;
  }

  /** {@code lines} without the pairs of lines that repeat one caption. */
  static java.util.List<String> dropRepeated(java.util.List<String> lines) {
    java.util.List<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i + 1 < lines.size() && isRepeatedPair(lines.get(i), lines.get(i + 1))) {
        i++;
        continue;
      }
      kept.add(lines.get(i));
    }
    return kept;
  }
}
