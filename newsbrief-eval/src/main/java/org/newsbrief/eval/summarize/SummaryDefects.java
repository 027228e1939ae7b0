package org.newsbrief.eval.summarize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.analyze.Tokens;

/**
 * An automatic check of summary sentences that do not read well, over whole dev files (the issue-18
 * reader's kinds): a dateline or wire tag, a time stamp, a byline or photo credit glued in; an
 * opening pronoun or connective whose antecedent (the sentence before it in its article) is not the
 * summary sentence before it; a fragment of a quotation (an odd number of quotation marks, or a
 * lower-case start); a repeat of an earlier summary sentence (at least three content words and 40%
 * of the shorter one's shared); off the topic (no content word used by another article or by
 * another summary sentence); page furniture (credits, captions, "advertisement", "story continued
 * below", sharing prompts; a hand list independent of the summarizer's learned table); a teaser or
 * cut headline ending in an ellipsis; a photo caption; a sentence cut at an initial or a title
 * ("vincent c.", "sen."); two sentences glued (a lost space after a full stop, or a closing quote
 * followed by a lower-case sentence with no speech verb). The last four were written in the same
 * session as the summarizer's rules against them (session 4), so they are not independent of it;
 * glued headlines are not detected.
 */
final class SummaryDefects {
  static final List<String> KINDS =
      List.of(
          "dateline",
          "stamp",
          "byline",
          "furniture",
          "pronoun",
          "quote",
          "truncated",
          "teaser",
          "caption",
          "cut",
          "glued",
          "repeat",
          "off_topic");
  private static final Pattern ENDED = Pattern.compile("[.!?…](\\s*[\"”’')\\]])*\\s*$");
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?i:\\(\\s*(ap|reuters|afp|cnn|upi|ians|pti|bloomberg|tass|xinhua)\\s*\\))"
              + "|^[A-Z][A-Z .,]{2,}\\s+(—|--|–)\\s|^[A-Z][a-z]+(,\\s*[a-z.]+)?\\s(—|--)\\s");
  private static final Pattern STAMP =
      Pattern.compile(
          "(?i)\\b(posted|updated|published|last modified)\\b\\s*:?\\s*(on\\s+)?"
              + "(\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
              + "|\\b\\d{1,2}\\s*:\\s*\\d{2}\\s*([ap]\\.?\\s*m\\.?)?\\s*"
              + "(et|est|edt|gmt|utc|pst|pdt|cst|cdt|bst)\\b");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by\\s+(?!the\\b|a\\b|an\\b|now\\b|then\\b|this\\b|that\\b)[a-z.'-]+\\s+[a-z.'-]+"
              + "(\\s+[a-z.'-]+)?\\s*,\\s*[a-z ]*(writer|reporter|correspondent|editor|press|staff))"
              + "|^By [A-Z][a-z]+ [A-Z][a-z]+\\b(?! (said|says|told)\\b)"
              + "|(?i:\\b(photo|image)\\s*(credit|copyright|caption|:))");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)\\b(image (copyright|caption)|media caption|getty images|wireimage|photos?\\s*:"
              + "|pictures?\\s*:|credit\\s*:|advertisement|story continued below"
              + "|continue reading|enlarge( this)? image|toggle caption|text size|story highlights"
              + "|click here|read more|sign up for|subscribe|javascript|ap photo|photo courtesy"
              + "|related\\s*:|video\\s*:|watch\\s*:|share this|listen to (this )?article)");
  private static final Pattern TEASER = Pattern.compile("(\\.\\s?\\.\\s?\\.|…)\\W*$");
  private static final Pattern CAPTION =
      Pattern.compile(
          "(?i)^(in )?this (undated |handout |file |recent )?(\\d{4} )?(photo|image|picture)\\b"
              + "|^file\\s*(-|—|–)|\\bfile photo\\b|\\bphoto\\s*/");
  private static final Pattern CUT =
      Pattern.compile(
          "(?i)(\\s[a-z]|\\b(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|prof|rev|st|jan|feb"
              + "|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\\.\\W*$");
  private static final Pattern GLUED =
      Pattern.compile(
          "(?i)\\b[a-z]{2,}[.!?](?!(com|org|net|gov|edu|html?)\\b)[a-z]{3,}\\b(?![./@][a-z])"
              + "|[.!?]\\s*[\"”]\\s+(?-i:[a-z])(?!\\S*(\\s+\\S+){0,3}?\\s+(said|says|told"
              + "|added|asked|wrote|tweeted|explained)\\b)");
  private static final Pattern OPENER =
      Pattern.compile(
          "(?i)^[\"“]?(he|she|they|it|his|her|their|its|this|these|those|him|them|but|and|"
              + "however|also|still|so)\\b.*",
          Pattern.DOTALL);

  private SummaryDefects() {}

  /** Defect counts of one summary, by kind, plus "any" and "sentences". */
  static Map<String, Integer> of(List<String> summary, List<List<String>> articles) {
    return of(summary, articles, new ArrayList<>());
  }

  /** As {@link #of(List, List)}, adding each sentence's defect kinds to {@code found}. */
  static Map<String, Integer> of(
      List<String> summary, List<List<String>> articles, List<Set<String>> found) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    KINDS.forEach(k -> counts.put(k, 0));
    counts.put("any", 0);
    counts.put("sentences", summary.size());
    List<Set<String>> words = new ArrayList<>();
    for (List<String> article : articles) {
      Set<String> w = new HashSet<>();
      article.forEach(s -> w.addAll(Tokens.contentWords(s)));
      words.add(w);
    }
    int[] previous = {-1, -1};
    List<Set<String>> seen = new ArrayList<>();
    for (String s : summary) {
      int[] at = locate(s, articles);
      Set<String> content = new HashSet<>(Tokens.contentWords(s));
      Set<String> kinds = new HashSet<>();
      if (DATELINE.matcher(s).find()) {
        kinds.add("dateline");
      }
      if (STAMP.matcher(s).find()) {
        kinds.add("stamp");
      }
      if (BYLINE.matcher(s).find()) {
        kinds.add("byline");
      }
      if (FURNITURE.matcher(s).find()) {
        kinds.add("furniture");
      }
      boolean follows = at[0] >= 0 && previous[0] == at[0] && previous[1] >= at[1] - 2;
      if (OPENER.matcher(s.strip()).matches() && !follows) {
        kinds.add("pronoun");
      }
      long quotes = s.chars().filter(ch -> ch == '"' || ch == '“' || ch == '”').count();
      if (quotes % 2 == 1 || Character.isLowerCase(s.strip().codePointAt(0))) {
        kinds.add("quote");
      }
      if (!ENDED.matcher(s).find()) {
        kinds.add("truncated");
      }
      if (TEASER.matcher(s).find()) {
        kinds.add("teaser");
      }
      if (CAPTION.matcher(s.strip()).find()) {
        kinds.add("caption");
      }
      if (CUT.matcher(s).find()) {
        kinds.add("cut");
      }
      if (GLUED.matcher(s).find()) {
        kinds.add("glued");
      }
      for (Set<String> earlier : seen) {
        long shared = content.stream().filter(earlier::contains).count();
        if (shared >= 3 && shared >= 0.4 * Math.min(content.size(), earlier.size())) {
          kinds.add("repeat");
          break;
        }
      }
      if (articles.size() > 1 && at[0] >= 0) {
        boolean elsewhere = false;
        for (int a = 0; a < words.size() && !elsewhere; a++) {
          elsewhere = a != at[0] && content.stream().anyMatch(words.get(a)::contains);
        }
        for (int o = 0; o < summary.size() && !elsewhere; o++) {
          String other = summary.get(o);
          elsewhere =
              !other.equals(s) && Tokens.contentWords(other).stream().anyMatch(content::contains);
        }
        if (!elsewhere) {
          kinds.add("off_topic");
        }
      }
      found.add(kinds);
      kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
      counts.merge("any", kinds.isEmpty() ? 0 : 1, Integer::sum);
      seen.add(content);
      previous = at;
    }
    return counts;
  }

  /** The article and sentence index holding {@code s} (or held in it), or -1, -1. */
  private static int[] locate(String s, List<List<String>> articles) {
    String key = s.strip().toLowerCase(Locale.ROOT);
    for (int a = 0; a < articles.size(); a++) {
      List<String> sentences = articles.get(a);
      for (int i = 0; i < sentences.size(); i++) {
        String t = sentences.get(i).toLowerCase(Locale.ROOT);
        if (t.contains(key) || key.contains(t.strip()) && t.strip().length() > 20) {
          return new int[] {a, i};
        }
      }
    }
    return new int[] {-1, -1};
  }
}
