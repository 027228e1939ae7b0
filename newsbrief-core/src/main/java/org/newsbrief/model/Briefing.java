package org.newsbrief.model;

import java.util.List;

/**
 * A sourced briefing over a set of articles: the contract that renderers and clients consume.
 *
 * @param articles the articles briefed, in a stable order
 * @param syndication groups of articles that are copies of one text (each counts as one source)
 * @param summary the cited multi-document summary, in reading order
 * @param entities the people, organisations, places and groups involved
 * @param quotes who said what
 * @param timeline dated events, in date order
 * @param conflicts claims that sources dispute
 * @param problems inputs that could not be briefed
 */
public record Briefing(
    List<Article> articles,
    List<Syndication> syndication,
    List<SummarySentence> summary,
    List<Entity> entities,
    List<Quote> quotes,
    List<TimelineEvent> timeline,
    List<Conflict> conflicts,
    List<Problem> problems) {
  public Briefing {
    articles = List.copyOf(articles);
    syndication = List.copyOf(syndication);
    summary = List.copyOf(summary);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    timeline = List.copyOf(timeline);
    conflicts = List.copyOf(conflicts);
    problems = List.copyOf(problems);
  }

  /** A briefing in which no article copies another. */
  public Briefing(
      List<Article> articles,
      List<SummarySentence> summary,
      List<Entity> entities,
      List<Quote> quotes,
      List<TimelineEvent> timeline,
      List<Conflict> conflicts,
      List<Problem> problems) {
    this(articles, List.of(), summary, entities, quotes, timeline, conflicts, problems);
  }

  /** A briefing holding only articles, a summary and problems. */
  public static Briefing ofSummary(
      List<Article> articles, List<SummarySentence> summary, List<Problem> problems) {
    return new Briefing(
        articles, List.of(), summary, List.of(), List.of(), List.of(), List.of(), problems);
  }
}
