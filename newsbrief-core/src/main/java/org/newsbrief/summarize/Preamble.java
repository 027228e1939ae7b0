package org.newsbrief.summarize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What news pages glue before a sentence and a summary must not repeat: a wire dateline
 * ("WASHINGTON (AP) —", "Los angeles ( ap ) —", "NEW YORK —", "Buffalo, n.y. --"), a byline with
 * its role ("By Jane Doe, staff writer") and a time stamp ("Posted: May 20, 2014, 11:42 pm GMT /
 * updated ..."), a photo credit in parentheses, and a headline or byline before a wire dateline
 * further in. Works on cased text and on Multi-News' lower-cased release. {@link #cut} returns the
 * sentence without them (a suffix of it), cut again until nothing more comes off.
 */
final class Preamble {
  private static final String DATE =
      "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
          + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
          + "(?:st|nd|rd|th)?,?\\s+\\d{4}";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+)?\\d{1,2}\\s*:\\s*\\d{2}(?:\\s*:\\s*\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?"
          + "\\s*(?:et|est|edt|gmt|utc|pst|pdt|cst|cdt|bst)?\\b)";
  private static final String WIRE =
      "\\(\\s*(?i:ap|reuters|afp|cnn|upi|ians|pti|bloomberg|tass|xinhua|(?:the )?associated press)"
          + "\\s*\\)";
  private static final List<Pattern> CUTS =
      List.of(
          // a wire tag after at most a short place name
          Pattern.compile(
              "^(?:[^()—–]{0,60}?"
                  + WIRE
                  + "\\s*(?:—|--|–|-|:)|"
                  + WIRE
                  + "\\s*(?:—|--|–|-|:)?)\\s*"),
          // a headline, byline or caption before a wire dateline further in ("... by joe brennan
          // ( updates ... ) april 18 ( bloomberg ) --")
          Pattern.compile("^.{0,300}?" + WIRE + "\\s*(?:—|--|–)\\s*"),
          // a photo credit in parentheses ("( ap photo/jane doe )", "( jane doe / daily camera via
          // ap )", "( jane doe/reuters )")
          Pattern.compile(
              "^\\(\\s*(?:[^()]{0,80}\\b(?i:photo)\\s*/[^()]{0,80}|[^()]{0,80}(?:/|\\bvia)\\s*"
                  + "(?i:ap|reuters|afp|getty images)\\s*)\\)\\s*"),
          // CNN's dateline has no dash
          Pattern.compile("^[^()—–]{0,40}?\\(\\s*(?i:cnn)\\s*\\)\\s*"),
          // a photo credit in parentheses, a page's "Advertisement Continue reading the main story"
          Pattern.compile(
              "^(?:\\(\\s*(?i:photo|image|video)\\s*:[^)]{0,80}\\)"
                  + "|(?i:advertisement\\s+)?(?i:continue reading the main story))\\s*"),
          // an upper-case place and a dash
          Pattern.compile("^[A-Z][A-Z .,'-]{2,40}\\s*(?:—|--|–)\\s*"),
          // a short place (lower-cased release) and a dash before lower case
          Pattern.compile(
              "^(?!(?i:and|but|so|it|he|she|they|we|i|you|this|that|then|well|now|yes|no|oh|a|an"
                  + "|the)\\b)[A-Za-z][a-z.]+(?:[ ,]+[a-z.]+){0,2}\\s+(?:—|--)\\s+(?=[a-z])"),
          // a time stamp, perhaps several ("posted ... / updated ...")
          Pattern.compile(
              "^(?i:(?:\\s*[/|•-]?\\s*(?:(?:posted|updated|published|last updated|first published)"
                  + "\\s*(?:on|at)?\\s*:?\\s*)?"
                  + DATE
                  + TIME
                  + "?\\s*)+)[/|•-]?\\s*"),
          // a byline with a role
          Pattern.compile(
              "^(?i:by)\\s+[A-Za-z.'-]+\\s+[A-Za-z.'-]+(?:\\s+[A-Za-z.'-]+)?\\s*,\\s*"
                  + "(?i:[a-z ]{0,30}?(?:writer|reporter|correspondent|editor|staff))\\s*[,:]?\\s*"),
          // a cased byline followed by a capitalised word
          Pattern.compile(
              "^By [A-Z][a-z]+ [A-Z][a-z]+(?: and [A-Z][a-z]+ [A-Z][a-z]+)?\\s+"
                  + "(?!said\\b|says\\b|told\\b)(?=[A-Z])"));

  private Preamble() {}

  /** {@code text} without its leading dateline, byline and time stamps. */
  static String cut(String text) {
    String rest = text;
    boolean changed = true;
    while (changed && !rest.isEmpty()) {
      changed = false;
      for (Pattern p : CUTS) {
        Matcher m = p.matcher(rest);
        if (m.find() && m.end() > 0) {
          rest = rest.substring(m.end()).strip();
          changed = true;
        }
      }
    }
    return rest;
  }
}
