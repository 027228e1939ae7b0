package org.newsbrief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.time.Timeline;
import org.newsbrief.clean.Cleaner;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.render.BriefingFormat;
import org.newsbrief.summarize.CentroidSummarizer;
import org.newsbrief.summarize.Conflicts;
import org.newsbrief.summarize.Summarizer;

/**
 * The front door: ingest, clean, analyze, summarize and render. Instances are immutable and
 * thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * NewsBriefings newsbrief = NewsBriefings.create();
 * Briefing briefing = newsbrief.brief(List.of(Path.of("samples/iran-isis-2014")));
 * String markdown = NewsBriefings.render(briefing, BriefingFormat.MD);
 * }</pre>
 */
public final class NewsBriefings {
  private final FileIngester ingester;
  private final Cleaner cleaner;
  private final Analyzer analyzer;
  private final Summarizer summarizer;
  private final Timeline timeline;
  private final Quotations quotations;
  private final Entities entities;
  private final Conflicts conflicts;
  private final BriefingOptions options;

  private NewsBriefings(BriefingOptions options) {
    this.ingester = new FileIngester();
    this.cleaner = new NewsCleaner();
    this.analyzer = new Analyzer();
    this.summarizer = new CentroidSummarizer();
    this.timeline = new Timeline();
    this.quotations = new Quotations();
    this.entities = new Entities();
    this.conflicts = new Conflicts();
    this.options = options;
  }

  /** A pipeline with default options. */
  public static NewsBriefings create() {
    return new NewsBriefings(BriefingOptions.defaults());
  }

  /** A pipeline with {@code options}. */
  public static NewsBriefings create(BriefingOptions options) {
    return new NewsBriefings(options);
  }

  /** Briefs the files and folders in {@code inputs}; unreadable inputs become problems. */
  public Briefing brief(List<Path> inputs) {
    IngestResult ingested = ingester.ingest(inputs);
    return briefDocuments(ingested.documents(), ingested.problems());
  }

  /** Briefs already-decoded documents. */
  public Briefing briefDocuments(List<RawDocument> documents, List<Problem> earlierProblems) {
    List<Problem> problems = new ArrayList<>(earlierProblems);
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RawDocument document : documents) {
      try {
        Article article = cleaner.clean(document);
        if (ids.add(article.id())) {
          articles.add(article);
        }
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(document.source(), String.valueOf(e.getMessage())));
      }
    }
    return briefArticles(articles, problems);
  }

  /**
   * Briefs articles that were cleaned earlier (for example, read back from a store). Duplicate ids
   * are briefed once.
   */
  public Briefing briefArticles(List<Article> cleaned, List<Problem> problems) {
    Set<String> ids = new HashSet<>();
    List<Article> articles = new ArrayList<>();
    for (Article article : cleaned) {
      if (ids.add(article.id())) {
        articles.add(article);
      }
    }
    articles.sort(Comparator.comparing(Article::source));
    List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
    List<Entity> found = entities.of(analyzed);
    return new Briefing(
        articles,
        summarizer.summarize(analyzed, options.words(), options.sentences()),
        found,
        SpeakerLinks.link(quotations.of(analyzed), found),
        timeline.of(analyzed),
        conflicts.of(analyzed),
        problems);
  }

  /** Renders {@code briefing} in {@code format}. */
  public static String render(Briefing briefing, BriefingFormat format) {
    return format.renderer().render(briefing);
  }
}
