package org.newsbrief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.Listing;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.quote.RepeatedQuotes;
import org.newsbrief.analyze.time.Timeline;
import org.newsbrief.clean.NearDuplicates;
import org.newsbrief.conflict.Conflicts;
import org.newsbrief.conflict.FigureConflicts;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Problem;
import org.newsbrief.model.Quote;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;
import org.newsbrief.model.TimelineEvent;
import org.newsbrief.summarize.Sides;
import org.newsbrief.summarize.Summarizer;

/**
 * The stages that turn cleaned articles into a briefing: syndicated copies grouped, analysis,
 * entities, quotes, timeline, conflicts and the cited summary. Immutable and thread-safe; the
 * facade ({@link NewsBriefings}) holds one.
 */
final class ArticleBriefer {
  private final Analyzer analyzer = new Analyzer();
  private final Supplier<Preload<Summarizer>> models;
  private final Timeline timeline = new Timeline();
  private final Quotations quotations = new Quotations();
  private final Entities entities = new Entities();
  private final Conflicts conflicts = new Conflicts();
  private final FigureConflicts figures = new FigureConflicts();
  private final NearDuplicates nearDuplicates;
  private final BriefingOptions options;

  /**
   * The stages for {@code options}; {@code models} gives the name tagger and summarizer loading (as
   * {@link DefaultModels#summarizer}), asked for only when a briefing starts, so that making the
   * stages loads nothing.
   */
  ArticleBriefer(BriefingOptions options, Supplier<Preload<Summarizer>> models) {
    this.models = models;
    this.nearDuplicates = new NearDuplicates(options.duplicateResemblance());
    this.options = options;
  }

  /**
   * Briefs cleaned articles: analysis, entities, quotes, timeline, conflicts and the cited summary.
   * Articles with the same id count once (the one with the first source, by name), so the order of
   * {@code cleaned} does not matter.
   */
  Briefing brief(List<Article> cleaned, List<Problem> problems) {
    Preload<Summarizer> summarizer = models.get();
    List<Article> sorted = new ArrayList<>(cleaned);
    sorted.sort(Comparator.comparing(Article::source).thenComparing(Article::id));
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Article article : sorted) {
      if (ids.add(article.id())) {
        articles.add(article);
      }
    }
    List<Syndication> syndication = nearDuplicates.groups(articles);
    List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
    // The names are tagged on a second thread while this one finds quotes and dates.
    Preload<Listing> tagging = Preload.start("entities", () -> entities.listing(analyzed));
    List<AnalyzedArticle> independent = Syndication.independent(analyzed, syndication);
    List<Quote> quotes = quotations.of(independent);
    List<TimelineEvent> events = timeline.of(analyzed);
    Listing listing = tagging.get();
    List<Entity> found = listing.entities();
    List<Conflict> disputes =
        disagreements(independent, independent.size() == analyzed.size() ? found : null);
    List<SummarySentence> summary =
        summarizer
            .get()
            .summarize(
                analyzed,
                syndication,
                options.wordsFor(independent.size()),
                options.sentences(),
                Sides.of(disputes));
    List<Quote> linked = SpeakerLinks.link(quotes, found);
    Set<String> quoted = new HashSet<>();
    for (Quote q : linked) {
      String speaker = q.speaker().entity();
      if (speaker != null) {
        quoted.add(speaker);
      }
    }
    String summaryText = String.join(" ", summary.stream().map(SummarySentence::text).toList());
    return new Briefing(
        articles,
        syndication,
        summary,
        listing.shown(quoted, summaryText),
        RepeatedQuotes.merged(linked),
        events,
        disputes,
        problems);
  }

  /**
   * Figures that differ first (what an analyst wants first), then disputed claims; {@code found}
   * are the entities of exactly {@code independent} when known (then names are not tagged twice).
   */
  private List<Conflict> disagreements(
      List<AnalyzedArticle> independent, @Nullable List<Entity> found) {
    List<Conflict> all = new ArrayList<>(figures.of(independent));
    all.addAll(found != null ? conflicts.of(independent, found) : conflicts.of(independent));
    return all;
  }
}
