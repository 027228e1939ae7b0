package org.newsbrief.analyze.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.TimeExpression;
import org.newsbrief.model.TimelineEvent;

/**
 * Builds a briefing's timeline: for each article and each calendar day or month its sentences name,
 * the first sentence that names it, with the date resolved against the article's own publication
 * date. Articles without a known date contribute only absolute dates. The same sentence in several
 * articles becomes one event citing all of them.
 */
public final class Timeline {
  /** A resolved day ("2014-12-03") or month ("2014-09"). */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  private static final int MAX_EVENTS = 20;

  private final TimeTagger tagger = new TimeTagger();

  /** The timeline of {@code articles}, in date order. */
  public List<TimelineEvent> of(List<AnalyzedArticle> articles) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      Set<String> datesSeen = new LinkedHashSet<>();
      for (Sentence s : a.sentences()) {
        for (TimeExpression t : tagger.tag(s.text(), a.article().published())) {
          if (!CALENDAR_VALUE.matcher(t.value()).matches() || !datesSeen.add(t.value())) {
            continue;
          }
          String key = t.value() + "\n" + s.text();
          events
              .computeIfAbsent(key, k -> new Event(t.value(), s.text()))
              .sources
              .add(a.article().id());
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

  private static final class Event {
    final String date;
    final String text;
    final Set<String> sources = new LinkedHashSet<>();

    Event(String date, String text) {
      this.date = date;
      this.text = text;
    }
  }
}
