package org.newsbrief.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.TimeExpression;
import org.newsbrief.model.TimelineEvent;

/**
 * Builds a briefing's timeline: for each article and each calendar day or month its sentences name,
 * the first sentence that names it, with the date resolved against the article's own publication
 * date. A headline or time stamp glued in front of a sentence is cut first ({@link Stamps}), and
 * its date is the page's, not an event's; a date after a stamp keyword ("posted ... on Friday") is
 * not an event's either; what is left under {@value #MIN_WORDS} words is a fragment. Articles
 * without a known date contribute only absolute dates. Sentences of one date that share most of
 * their words ({@value #SAME_EVENT} Dice) are one event citing every article that states it.
 */
public final class Timeline {
  /** A resolved day ("2014-12-03") or month ("2014-09"). */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  private static final int MAX_EVENTS = 20;

  /** A sentence shorter than this, once its stamp is cut, is a fragment, not an event. */
  private static final int MIN_WORDS = 4;

  /** Word overlap (Dice) at which two sentences of one date state the same event. */
  private static final double SAME_EVENT = 0.6;

  private final TimeTagger tagger = new TimeTagger();

  /** The timeline of {@code articles}, in date order. */
  public List<TimelineEvent> of(List<AnalyzedArticle> articles) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> datesSeen = new LinkedHashSet<>();
      for (String text : rejoined(a.sentences())) {
        String body = Stamps.body(text, a.article().title());
        if (body.split("\\s+").length < MIN_WORDS) {
          continue;
        }
        for (TimeExpression t : tagger.tag(body, a.article().referenceDay())) {
          if (!CALENDAR_VALUE.matcher(t.value()).matches()
              || Stamps.afterKeyword(body, t.start())
              || !datesSeen.add(t.value())) {
            continue;
          }
          event(events, t.value(), body).sources.add(a.article().id());
          break;
        }
      }
    }
    List<Event> sorted = new ArrayList<>(events.values());
    sorted.sort(Comparator.comparing((Event e) -> e.date));
    List<TimelineEvent> timeline = new ArrayList<>();
    for (Event e : sorted.subList(0, Math.min(MAX_EVENTS, sorted.size()))) {
      timeline.add(new TimelineEvent(e.date, e.text, List.copyOf(e.sources)));
    }
    return timeline;
  }

  /**
   * The sentences' texts, with a sentence that ends in a number and its stop rejoined to the next
   * when that one opens with its fraction: a decimal split by detokenised text ("a magnitude 6. 1
   * quake"), not two sentences.
   */
  static List<String> rejoined(List<Sentence> sentences) {
    List<String> texts = new ArrayList<>();
    @Nullable Sentence previous = null;
    for (Sentence s : sentences) {
      if (previous != null
          && previous.paragraph() == s.paragraph()
          && SPLIT_DECIMAL_END.matcher(previous.text()).find()
          && SPLIT_DECIMAL_START.matcher(s.text()).lookingAt()) {
        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + " " + s.text());
      } else {
        texts.add(s.text());
      }
      previous = s;
    }
    return texts;
  }

  /**
   * A sentence ending in the integer part of a decimal and its stop: no leading zero, so the hour
   * of a detokenised clock ("05. 51AM") is not one.
   */
  private static final Pattern SPLIT_DECIMAL_END =
      Pattern.compile("(?<![\\d.,])(?:[1-9]\\d{0,2}|0)\\.$");

  /** A sentence opening with a decimal's fraction: digits not glued to a word ("51AM"). */
  private static final Pattern SPLIT_DECIMAL_START = Pattern.compile("\\d+(?![\\p{L}\\d])");

  /** The event of {@code date} that {@code text} restates, or a new one. */
  private static Event event(Map<String, Event> events, String date, String text) {
    Set<String> words = words(text);
    for (Event e : events.values()) {
      if (e.date.equals(date) && dice(words, e.words) >= SAME_EVENT) {
        return e;
      }
    }
    return events.computeIfAbsent(date + "\n" + text, k -> new Event(date, text));
  }

  private static Set<String> words(String text) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    return words;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new java.util.HashSet<>(a);
    shared.retainAll(b);
    return 2.0 * shared.size() / (a.size() + b.size());
  }

  private static final class Event {
    final String date;
    final String text;
    final Set<String> words;
    final Set<String> sources = new LinkedHashSet<>();

    Event(String date, String text) {
      this.date = date;
      this.text = text;
      this.words = words(text);
    }
  }
}
