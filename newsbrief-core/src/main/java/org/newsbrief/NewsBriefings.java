package org.newsbrief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.ingest.IngestOptions;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.ingest.Ingester;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.Stories;
import org.newsbrief.model.Story;
import org.newsbrief.model.StoryBriefings;
import org.newsbrief.render.BriefingFormat;
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
  private final Cleaning cleaning;
  private final ArticleBriefer briefer;
  private final StoryBriefer stories;
  private final Supplier<Preload<Summarizer>> models;

  NewsBriefings(BriefingOptions options, Supplier<Preload<Summarizer>> models) {
    this.cleaning = new Cleaning(new NewsCleaner(options.languages()));
    this.briefer = new ArticleBriefer(options, models);
    this.stories = new StoryBriefer(cleaning, briefer, options.stories());
    this.models = models;
    if (options.languages()) {
      Preload.start(
          "languages",
          () -> {
            NewsCleaner.preloadModels();
            return Boolean.TRUE;
          });
    }
  }

  /**
   * Starts loading, on a background thread, the shipped models every briefing uses (the name
   * tagger, then the summarizer), as the first briefing of a process does when it starts (before it
   * reads its inputs): a command line that will brief calls it before it reads its own options, so
   * that the models load meanwhile. Making a facade, reading, cleaning, extracting and clustering
   * load nothing. Safe to call more than once; the models load once per process.
   */
  public static void preload() {
    DefaultModels.summarizer();
  }

  /** A pipeline with default options. */
  public static NewsBriefings create() {
    return create(BriefingOptions.defaults());
  }

  /** A pipeline with {@code options}. */
  public static NewsBriefings create(BriefingOptions options) {
    return new NewsBriefings(options, DefaultModels::summarizer);
  }

  /** Briefs the files and folders in {@code inputs}; unreadable inputs become problems. */
  public Briefing brief(List<Path> inputs) {
    return briefInputs(inputs.stream().map(Path::toString).toList());
  }

  /**
   * Briefs {@code inputs}: paths of files and folders (text, HTML, JSONL, feeds, WARC and ARC
   * archives, .urls lists) and http(s) URLs, fetched politely. Unreadable inputs become problems.
   */
  public Briefing briefInputs(List<String> inputs) {
    startModels(); // the models load while the inputs are read and cleaned
    IngestResult ingested = new Ingester().ingest(inputs);
    return briefDocuments(ingested.documents(), ingested.problems());
  }

  /**
   * Reads {@code inputs} (as for {@link #briefInputs}) into documents without cleaning them, with a
   * report line per input: what a store adds, cleaning as it goes.
   */
  public IngestResult read(List<String> inputs, IngestOptions ingestOptions) {
    return new Ingester(ingestOptions).ingest(inputs);
  }

  /**
   * Reads {@code inputs} as {@link #read(List, IngestOptions)} does, handing each document to
   * {@code sink} as soon as it is read instead of keeping them all: for archives larger than
   * memory. The result carries the problems and the report; its document list is empty.
   */
  public IngestResult read(
      List<String> inputs, IngestOptions ingestOptions, Consumer<RawDocument> sink) {
    return new Ingester(ingestOptions).ingest(inputs, sink);
  }

  /**
   * Reads and cleans {@code inputs} (as for {@link #briefInputs}) without briefing them, with a
   * report line per input.
   */
  public Ingested ingest(List<String> inputs, IngestOptions ingestOptions) {
    return cleaning.ingested(new Ingester(ingestOptions).ingest(inputs));
  }

  /** Reads and cleans {@code inputs} with default limits. */
  public Ingested ingest(List<String> inputs) {
    return ingest(inputs, IngestOptions.defaults());
  }

  /**
   * Briefs already-decoded documents. Articles with the same text (same id) are briefed once;
   * near-identical copies (a wire story several outlets ran) are kept, grouped as {@link
   * Briefing#syndication()}, and counted as one source by the summary and its corroboration.
   */
  public Briefing briefDocuments(List<RawDocument> documents, List<Problem> earlierProblems) {
    startModels();
    List<Problem> problems = new ArrayList<>(earlierProblems);
    List<Article> articles = new ArrayList<>();
    for (RawDocument document : documents) {
      try {
        articles.add(clean(document));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(document.source(), String.valueOf(e.getMessage())));
      }
    }
    return briefArticles(articles, problems);
  }

  /**
   * Cleans one document into an article: the per-document step that a cluster runs in parallel.
   *
   * @throws IllegalArgumentException when the document holds no usable article text
   */
  public Article clean(RawDocument document) {
    return cleaning.clean(document);
  }

  /**
   * Reads one document into its metadata and main text, as {@code newsbrief extract} prints it; a
   * page with no article text left still gives its metadata (its paragraphs are then empty).
   */
  public org.newsbrief.clean.PageExtraction extract(RawDocument document) {
    return new NewsCleaner().extract(document);
  }

  /**
   * Briefs cleaned articles: analysis, entities, quotes, timeline, conflicts and the cited summary.
   * Articles with the same id count once (the one with the first source, by name), so the order of
   * {@code cleaned} does not matter.
   */
  public Briefing briefArticles(List<Article> cleaned, List<Problem> problems) {
    return briefer.brief(cleaned, problems);
  }

  /** The stories in the files and folders in {@code inputs}, in the order they started. */
  public Stories stories(List<Path> inputs) {
    return storiesOf(inputs.stream().map(Path::toString).toList());
  }

  /** The stories in {@code inputs} (paths and URLs, as for {@link #briefInputs}). */
  public Stories storiesOf(List<String> inputs) {
    return stories.stories(new Ingester().ingest(inputs));
  }

  /**
   * One briefing per story of the files and folders in {@code inputs}. A corpus of one story gets
   * exactly the briefing {@link #brief} gives.
   */
  public StoryBriefings briefStories(List<Path> inputs) {
    return briefStoriesOf(inputs.stream().map(Path::toString).toList());
  }

  /** One briefing per story of {@code inputs} (paths and URLs, as for {@link #briefInputs}). */
  public StoryBriefings briefStoriesOf(List<String> inputs) {
    startModels();
    return stories.briefed(storiesOf(inputs));
  }

  /** Groups cleaned articles into stories with this pipeline's story options. */
  public List<Story> cluster(List<Article> articles) {
    return stories.cluster(articles);
  }

  private void startModels() {
    var unused = models.get();
  }

  /** Renders {@code briefing} in {@code format}. */
  public static String render(Briefing briefing, BriefingFormat format) {
    return format.renderer().render(briefing);
  }
}
