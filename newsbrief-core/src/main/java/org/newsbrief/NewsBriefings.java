package org.newsbrief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.time.Timeline;
import org.newsbrief.clean.Cleaner;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.cluster.BgeSmallEmbedder;
import org.newsbrief.cluster.Embedder;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.Stories;
import org.newsbrief.model.Story;
import org.newsbrief.model.StoryBriefing;
import org.newsbrief.model.StoryBriefings;
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
  /** The embedding model: shared by every instance, loaded on its first use. */
  private static final Embedder EMBEDDER = new BgeSmallEmbedder(BgeSmallEmbedder.DEFAULT_WORDS);

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
    return briefArticles(clean(documents, problems), problems);
  }

  /** The stories in the files and folders in {@code inputs}, in the order they started. */
  public Stories stories(List<Path> inputs) {
    IngestResult ingested = ingester.ingest(inputs);
    List<Problem> problems = new ArrayList<>(ingested.problems());
    List<Article> articles = clean(ingested.documents(), problems);
    return new Stories(cluster(articles), articles, problems);
  }

  /**
   * One briefing per story of the files and folders in {@code inputs}. A corpus of one story gets
   * exactly the briefing {@link #brief} gives.
   */
  public StoryBriefings briefStories(List<Path> inputs) {
    Stories found = stories(inputs);
    Map<String, Article> byId = new HashMap<>();
    found.articles().forEach(a -> byId.put(a.id(), a));
    List<StoryBriefing> briefed = new ArrayList<>();
    for (Story story : found.stories()) {
      List<Article> members = new ArrayList<>();
      story.articles().forEach(id -> members.add(Objects.requireNonNull(byId.get(id), id)));
      members.sort(Comparator.comparing(Article::source));
      List<Problem> problems = found.stories().size() == 1 ? found.problems() : List.of();
      briefed.add(new StoryBriefing(story, briefArticles(members, problems)));
    }
    return new StoryBriefings(briefed, found.problems());
  }

  private List<Story> cluster(List<Article> articles) {
    StoryOptions stories = options.stories();
    return StoryClusterer.cluster(
        articles, stories, stories.embeddingWeight() > 0 ? EMBEDDER : null);
  }

  /** Cleans {@code documents}, dropping repeated articles; failures are added to problems. */
  private List<Article> clean(List<RawDocument> documents, List<Problem> problems) {
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
    return articles;
  }

  private Briefing briefArticles(List<Article> articles, List<Problem> problems) {
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
