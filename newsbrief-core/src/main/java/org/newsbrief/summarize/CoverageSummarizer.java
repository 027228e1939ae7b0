package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;
import org.newsbrief.summarize.Candidates.Candidate;

/**
 * An extractive summarizer that chooses the sentences a reference summary is expected to share the
 * most words and word pairs with. The {@link CoverageModel} (trained on 44,912 Multi-News stories,
 * with {@link LexicalPriors} of what their human summaries kept) predicts how often a summary would
 * use each n-gram of the articles' openings ({@link StoryWindow}, datelines, bylines and stamps cut
 * by {@link Preamble}); sentences are taken greedily by the expected matches they add per square
 * root of their length ({@link ExpectedCoverage}), the first from an article's opening sentence. A
 * sentence that repeats a chosen one (three or more and 40% of the shorter one's content words
 * beside the story's topic words, or more than half its own: {@link Repeats}) is skipped; a
 * fragment never chosen; one opening with a pronoun or connective only after the sentence before it
 * in its article ({@link Readability}); one sharing no informative word with another article is
 * taken at 0.4 of its value ({@link SelectionWeights}); and the summary stops when the next
 * sentence would add less per word than the summary holds. The result is ordered by article date
 * and position, each sentence citing every article that states it, in its words or others ({@link
 * Corroboration}).
 */
public final class CoverageSummarizer implements Summarizer {

  private final CoverageModel model;
  private final SentenceScorer scorer;
  private final Furniture furniture;
  private final SupportRule support = SupportRule.shipped();
  private final Repeats repeats;
  private final SentenceForm form;
  private final SelectionWeights weights;
  private final @Nullable Map<String, Integer> leftOut;

  /** The summarizer with the shipped models. */
  public CoverageSummarizer() {
    this(CoverageModel.shipped(), SentenceScorer.shipped());
  }

  /** A summarizer with {@code model} and no sentence scorer. */
  public CoverageSummarizer(CoverageModel model) {
    this(model, SentenceScorer.none());
  }

  /** A summarizer with {@code model} and {@code scorer}. */
  public CoverageSummarizer(CoverageModel model, SentenceScorer scorer) {
    this(model, scorer, Furniture.shipped());
  }

  /** A summarizer with {@code model}, {@code scorer} and the page {@code furniture} it cuts. */
  public CoverageSummarizer(CoverageModel model, SentenceScorer scorer, Furniture furniture) {
    this(model, scorer, furniture, null, SentenceForm.shipped(), SelectionWeights.shipped(), null);
  }

  private CoverageSummarizer(
      CoverageModel model,
      SentenceScorer scorer,
      Furniture furniture,
      @Nullable Repeats repeats,
      SentenceForm form,
      SelectionWeights weights,
      @Nullable Map<String, Integer> leftOut) {
    this.model = model;
    this.scorer = scorer;
    this.furniture = furniture;
    this.repeats = repeats == null ? Repeats.shipped(support.vectors()) : repeats;
    this.form = form;
    this.weights = weights;
    this.leftOut = leftOut;
  }

  /** This summarizer with the sentence {@code form} model instead of the shipped one. */
  public CoverageSummarizer withForm(SentenceForm form) {
    return new CoverageSummarizer(model, scorer, furniture, repeats, form, weights, leftOut);
  }

  /** This summarizer with repeats also found by meaning at {@code cosine} (tried, not shipped). */
  public CoverageSummarizer withRepeats(double cosine, int floor) {
    Repeats byMeaning = new Repeats(cosine, floor, support.vectors());
    return new CoverageSummarizer(model, scorer, furniture, byMeaning, form, weights, leftOut);
  }

  /** This summarizer choosing with {@code weights} instead of the shipped ones. */
  public CoverageSummarizer withWeights(SelectionWeights weights) {
    return new CoverageSummarizer(model, scorer, furniture, repeats, form, weights, leftOut);
  }

  /**
   * This summarizer for a training story whose {@code reference} counts ({@link
   * CoverageTraining#referenceCounts}) the shipped priors hold: they are left out, so the story is
   * summarized as an unseen one would be (training and tuning only).
   */
  public CoverageSummarizer leavingOut(Map<String, Integer> reference) {
    return new CoverageSummarizer(model, scorer, furniture, repeats, form, weights, reference);
  }

  @Override
  public List<SummarySentence> summarize(
      List<AnalyzedArticle> articles, List<Syndication> syndication, int words, int sentences) {
    return summarize(articles, syndication, words, sentences, List.of());
  }

  @Override
  public List<SummarySentence> summarize(
      List<AnalyzedArticle> articles,
      List<Syndication> syndication,
      int words,
      int sentences,
      List<SummarySentence> sides) {
    if (words <= 0 || sentences < 0) {
      throw new IllegalArgumentException("bad length: " + words + " words, " + sentences);
    }
    int maxSentences = sentences == 0 ? Integer.MAX_VALUE : sentences;
    List<AnalyzedArticle> independent = Syndication.independent(articles, syndication);
    List<List<StoryWindow.Placed>> window =
        StoryWindow.of(independent, words, scorer.window(), furniture);
    Map<String, Double> expected = new HashMap<>(model.expected(window, 1, leftOut));
    expected.putAll(model.expected(window, 2, leftOut));
    List<Candidate> chosen =
        new GreedyChoice(scorer, repeats, weights)
            .choose(
                new ArrayList<>(
                    Candidates.of(window, independent, expected, model.priors(), leftOut, form)),
                new ExpectedCoverage(expected),
                words,
                maxSentences);
    List<SummarySentence> added = Sides.add(chosen, sides, words, maxSentences);
    chosen.sort(
        Comparator.comparing(Candidate::date)
            .thenComparingInt(c -> c.placed().article())
            .thenComparingInt(c -> c.placed().sentence().index()));
    Citations citations = new Citations(articles);
    List<SummarySentence> summary = new ArrayList<>();
    for (Candidate c : chosen) {
      String text = c.placed().text();
      List<String> sources = citations.sourcesOf(text);
      summary.add(
          new SummarySentence(
              Readability.spaced(Readability.capitalised(text)),
              sources.isEmpty() ? List.of(c.placed().sentence().article()) : sources));
    }
    summary.addAll(added);
    return Corroboration.of(
        summary, articles, syndication, ConceptWeights.of(independent), support);
  }
}
