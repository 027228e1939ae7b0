package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Story;

/**
 * Incremental single-pass story clustering. Articles arrive in publication order; each joins the
 * most similar open story when the similarity reaches the threshold, or starts a story. Similarity
 * is the cosine of log-tf-idf vectors (names boosted) with a story's centroid, optionally blended
 * with the cosine of article embeddings, and scaled down by the gap in days between the article and
 * the story. Only stories sharing one of the article's strongest terms are compared (an inverted
 * index), and a window of open stories, by count and by days, bounds memory: stories that leave it
 * are closed and can be taken with {@link #takeClosed()}. Not thread-safe: one clusterer follows
 * one stream.
 */
public final class StoryClusterer {
  private final StoryOptions options;
  private final @Nullable Embedder embedder;
  private final @Nullable PairModel model;
  private final @Nullable PairModel joinModel;
  private final TermWeights weights = new TermWeights();
  private final StoryIndex index = new StoryIndex();
  private final StoryWindow window;
  private final LinkedHashMap<String, ActiveStory> open;
  private long started;
  private long sequence;

  /**
   * A clusterer with {@code options}; {@code embedder} is used only when the options give the
   * embedding a weight, and must then be present.
   */
  public StoryClusterer(StoryOptions options, @Nullable Embedder embedder) {
    this(options, embedder, options.usesLearnedModel() ? PairModel.shipped() : null);
  }

  /**
   * A clusterer that, when {@code model} is present, lets the learned model decide joins and moves
   * (an article joins the candidate of the highest probability at or above the model's cutoff)
   * instead of the cosine threshold; candidates still come from the inverted index. An explicit
   * {@code model} is used whatever {@link StoryOptions#learned()} says.
   */
  public StoryClusterer(
      StoryOptions options, @Nullable Embedder embedder, @Nullable PairModel model) {
    this.model = model;
    this.joinModel = model != null && model.joins() ? model : null;
    if (options.embeddingWeight() > 0 && embedder == null) {
      throw new IllegalArgumentException("an embedding weight needs an embedder");
    }
    this.options = options;
    this.embedder = options.embeddingWeight() > 0 ? embedder : null;
    this.window = new StoryWindow(options, index);
    this.open = window.open;
  }

  /** A clusterer on terms and names only, with default options. */
  public StoryClusterer() {
    this(StoryOptions.defaults(), null);
  }

  /**
   * Adds {@code article} (headline and body) and returns the id of the story it joins or starts.
   */
  public String add(Article article) {
    return add(
        article.id(),
        article.title(),
        article.published(),
        article.title() + "\n\n" + article.body());
  }

  /** Adds one article given by its parts and returns the id of the story it joins or starts. */
  public String add(String id, String title, @Nullable LocalDate published, String text) {
    Embedder e = embedder;
    ArticleFeatures a =
        weights.article(
            id,
            title,
            published,
            text,
            e == null ? null : e.embed(text),
            sequence++,
            model != null || options.regroups());
    window.advance(published);
    ActiveStory best = null;
    PairModel m = joinModel;
    double bestSimilarity = m == null ? options.threshold() : m.cutoff();
    for (ActiveStory story : index.candidates(a.terms())) {
      double s = similarity(a, story);
      if (s > bestSimilarity
          || (s == bestSimilarity && (best == null || story.id.compareTo(best.id) < 0))) {
        bestSimilarity = s;
        best = story;
      }
    }
    if (best == null) {
      float[] embedding = a.embedding();
      int dimensions = embedding == null ? 0 : embedding.length;
      started++;
      String storyId = open.containsKey("s-" + id) ? "s-" + id + "-" + started : "s-" + id;
      best = new ActiveStory(storyId, dimensions, options.refinePasses() > 0);
    }
    best.join(a);
    window.update(best);
    return best.id;
  }

  private double similarity(ArticleFeatures a, ActiveStory story) {
    PairModel m = joinModel;
    if (m != null) {
      return m.probability(PairFeatures.of(a, story)) * time(a, story);
    }
    double w = options.embeddingWeight();
    float[] e = a.embedding();
    double s = story.termCosine(a.terms());
    if (w > 0 && e != null) {
      s = (1 - w) * s + w * story.embeddingCosine(e);
    }
    return s * options.timeFactor(story.gapDays(a.published()));
  }

  /** The stories closed since the last call, in closing order. */
  public List<Story> takeClosed() {
    return window.takeClosed();
  }

  /**
   * Closes every open story and returns every story not yet taken. With {@link
   * StoryOptions#refinePasses()} above 0 the open stories are first refined: stories with close
   * centroids merge, then members move to the story they fit best (see {@link StoryRefiner}), so a
   * story may lose articles that {@link #add} put in it, and a story left empty is not returned.
   */
  public List<Story> finish() {
    refineOpen();
    window.closeAll();
    return takeClosed();
  }

  /**
   * The refinement of {@link #finish()} without closing the stories (for fitting split weights).
   */
  void refineOpen() {
    if (options.refinePasses() > 0) {
      new Finisher(options, index, model).run(open);
    }
  }

  /**
   * For choosing a regrouping: refines the open stories up to the regrouping (merges, moves, split)
   * once, then regroups copies of them with each of {@code settings} and gives, per setting, each
   * resulting story's member ids. Call it instead of {@link #finish()}.
   */
  public List<List<List<String>>> regroupings(List<Regrouping> settings) {
    if (options.refinePasses() > 0) {
      new Finisher(options, index, model).beforeRegrouping(open);
    }
    List<List<List<String>>> out = new ArrayList<>();
    for (Regrouping r : settings) {
      StoryIndex copyIndex = new StoryIndex();
      java.util.Map<String, ActiveStory> copies = Finisher.copies(open.values(), copyIndex);
      Finisher.regroup(copies, copyIndex, r);
      out.add(
          copies.values().stream()
              .map(c -> c.members().stream().map(ArticleFeatures::id).toList())
              .toList());
    }
    return out;
  }

  private double time(ArticleFeatures a, ActiveStory story) {
    return options.timeFactor(story.gapDays(a.published()));
  }

  /** The open stories and their index, before {@link #finish()} (for fitting merge weights). */
  java.util.Collection<ActiveStory> open() {
    return open.values();
  }

  StoryIndex index() {
    return index;
  }

  /** The number of open stories. */
  public int openStories() {
    return open.size();
  }

  /** The number of distinct terms in the candidate index (bounded by the window). */
  public int indexedTerms() {
    return index.terms();
  }
}
