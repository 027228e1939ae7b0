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
import org.newsbrief.clean.NearDuplicates;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.Syndication;
import org.newsbrief.render.BriefingFormat;
import org.newsbrief.summarize.CentroidSummarizer;
import org.newsbrief.summarize.Conflicts;
import org.newsbrief.summarize.Summarizer;

/**
 * The front door: ingest, clean, group syndicated copies, analyze, summarize and render. Instances
 * are immutable and thread-safe; create one and reuse it.
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
  private final NearDuplicates nearDuplicates;
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
    this.nearDuplicates = new NearDuplicates(options.duplicateResemblance());
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

  /**
   * Briefs already-decoded documents. Articles with the same text (same id) are briefed once;
   * near-identical copies (a wire story several outlets ran) are kept, grouped as {@link
   * Briefing#syndication()}, and counted as one source by the summary and its corroboration.
   */
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
    articles.sort(Comparator.comparing(Article::source));
    List<Syndication> syndication = nearDuplicates.groups(articles);
    List<AnalyzedArticle> analyzed = articles.stream().map(analyzer::analyze).toList();
    List<Entity> found = entities.of(analyzed);
    return new Briefing(
        articles,
        syndication,
        summarizer.summarize(analyzed, syndication, options.words(), options.sentences()),
        found,
        SpeakerLinks.link(quotations.of(withoutCopies(analyzed, syndication)), found),
        timeline.of(analyzed),
        conflicts.of(analyzed),
        problems);
  }

  /** The articles less every syndicated copy but the canonical one, so a quote is listed once. */
  private static List<AnalyzedArticle> withoutCopies(
      List<AnalyzedArticle> analyzed, List<Syndication> syndication) {
    Set<String> copies = new HashSet<>();
    for (Syndication group : syndication) {
      copies.addAll(group.articleIds());
      copies.remove(group.canonicalArticleId());
    }
    return analyzed.stream().filter(a -> !copies.contains(a.article().id())).toList();
  }

  /** Renders {@code briefing} in {@code format}. */
  public static String render(Briefing briefing, BriefingFormat format) {
    return format.renderer().render(briefing);
  }
}
