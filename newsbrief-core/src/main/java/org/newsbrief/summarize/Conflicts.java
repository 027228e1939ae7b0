package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * Finds claims the sources dispute. Each topic is a family of words ("talks": discuss, talks,
 * conversations; "coordination": coordinate, cooperate). A sentence affirms a topic when it uses
 * one of its words without negation nearby, and denies it when a negation ("no", "not", "won't",
 * "deny", "is not true") governs the word. A topic that some sentences affirm and others deny is a
 * conflict, shown with up to two statements a side, preferring named and distinct speakers.
 */
public final class Conflicts {
  private static final Map<String, Pattern> TOPICS = new LinkedHashMap<>();

  static {
    TOPICS.put(
        "talks and discussions",
        Pattern.compile("\\b(discuss\\w*|talks|conversations?|consultations|channels)\\b"));
    TOPICS.put(
        "military coordination and cooperation",
        Pattern.compile("\\b(coordinat\\w*|cooperat\\w*|de-conflict\\w*)\\b"));
  }

  private static final Pattern NEGATION_BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(?:no|not|never|won[’']t|cannot|without|nor|refused?)\\b|n[’']t\\b)(?:\\s+\\S+){0,6}\\s*$");
  private static final Pattern REQUEST_BEFORE =
      Pattern.compile(
          "(?i)\\b(asked|asks|called|calls|demanded|urged|requests?|requested) for\\b"
              + "|\\b(?:demand|request|call) for\\b[^.]{0,20}$");
  private static final Pattern CONFIRMED_BEFORE =
      Pattern.compile(
          "(?i)\\b(confirmed|acknowledged|there is some|there has been|has been|have been|is engaged"
              + "|are engaged|have had|has had|took place|have taken place)\\b");
  private static final Pattern DENIAL_BEFORE =
      Pattern.compile("(?i)\\b(deny|denies|denied|rejects?|rejected|dismissed)\\b");
  private static final Pattern NO_SECRET = Pattern.compile("(?i)\\bno secret\\b");
  private static final Pattern NEGATION_AFTER =
      Pattern.compile("^(?:\\s+\\S+){0,14}?\\s+(?:is|was|are) (?:not true|false|untrue)\\b");
  private static final int PER_SIDE = 2;

  private final QuoteFinder finder = new QuoteFinder();

  /** The disputed topics of {@code articles}. */
  public List<Conflict> of(List<AnalyzedArticle> articles) {
    List<Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<String, Pattern> topic : TOPICS.entrySet()) {
      List<ConflictSide> affirms = new ArrayList<>();
      List<ConflictSide> denies = new ArrayList<>();
      for (AnalyzedArticle a : articles) {
        for (Sentence s : a.sentences()) {
          String stance = stance(s.text(), topic.getValue());
          if (stance.isEmpty()) {
            continue;
          }
          String source = finder.reportingSource(s.text());
          Speaker speaker = source.isEmpty() ? null : new Speaker(null, source, null);
          ConflictSide side =
              new ConflictSide(s.text(), speaker, List.of(a.article().id()), stance);
          (stance.equals("affirms") ? affirms : denies).add(side);
        }
      }
      affirms.sort(
          java.util.Comparator.comparing(
              (ConflictSide side) -> !CONFIRMED_BEFORE.matcher(side.text()).find()));
      if (!affirms.isEmpty() && !denies.isEmpty()) {
        List<ConflictSide> sides = new ArrayList<>(pick(affirms));
        sides.addAll(pick(denies));
        conflicts.add(new Conflict(topic.getKey(), sides));
      }
    }
    return conflicts;
  }

  /** "affirms", "denies", or "" when the sentence does not take a stance on the topic. */
  static String stance(String sentence, Pattern topic) {
    if (sentence.endsWith("?")) {
      return "";
    }
    Matcher m = topic.matcher(sentence);
    String stance = "";
    while (m.find()) {
      String before = sentence.substring(0, m.start());
      String after = sentence.substring(m.end());
      boolean negated =
          NEGATION_BEFORE.matcher(before).find() && !NO_SECRET.matcher(before).find()
              || DENIAL_BEFORE.matcher(before).find()
              || NEGATION_AFTER.matcher(after).find();
      if (negated) {
        return "denies";
      }
      if (REQUEST_BEFORE.matcher(before).find()) {
        continue;
      }
      stance = "affirms";
    }
    return stance;
  }

  /**
   * Up to two statements: named speakers first, then from articles and speakers not yet used, in
   * article order.
   */
  private static List<ConflictSide> pick(List<ConflictSide> statements) {
    List<ConflictSide> picked = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    List<String> articles = new ArrayList<>();
    for (int pass = 0; pass < 3; pass++) {
      for (ConflictSide s : statements) {
        if (picked.size() == PER_SIDE) {
          return picked;
        }
        String who = s.speaker() == null ? "" : s.speaker().name();
        String article = s.sources().get(0);
        boolean fresh = !speakers.contains(who) && !picked.contains(s);
        boolean wanted =
            switch (pass) {
              case 0 -> !who.isEmpty() && !articles.contains(article);
              case 1 -> !who.isEmpty();
              default -> true;
            };
        if (fresh && wanted) {
          picked.add(s);
          speakers.add(who);
          articles.add(article);
        }
      }
    }
    return picked;
  }
}
