package org.newsbrief.summarize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.learn.NewtonRegression;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Sentence;

/**
 * Fits a {@link SentenceForm}: the sentences of a story's human summary are labelled 1, the
 * candidate sentences of its sources' window (as the summarizer sees them: preamble and furniture
 * cut, 6 to 80 words, whole and unbroken) 0. Both pass the same rule-based filters first, so the
 * model learns what the rules miss.
 */
public final class FormTraining {
  private FormTraining() {}

  /** Feature rows, labels and the story each row comes from. */
  public static final class Rows {
    final List<double[]> x = new ArrayList<>();
    final List<Double> y = new ArrayList<>();
    final List<Integer> story = new ArrayList<>();
    final List<String> key = new ArrayList<>();

    /** How many rows. */
    public int size() {
      return x.size();
    }

    /** How many rows are labelled 1 (summary sentences). */
    public long positives() {
      return y.stream().filter(v -> v > 0).count();
    }

    /** The rows of stories {@code story % folds != fold} (or {@code ==} with {@code in}). */
    public Rows fold(int folds, int fold, boolean in) {
      Rows out = new Rows();
      for (int i = 0; i < x.size(); i++) {
        if ((story.get(i) % folds == fold) == in) {
          out.x.add(x.get(i));
          out.y.add(y.get(i));
          out.story.add(story.get(i));
          out.key.add(key.get(i));
        }
      }
      return out;
    }

    /**
     * Relabels the rows for boilerplate: a source candidate whose words recur, the same, in the
     * sources of at least {@code minStories} stories is 0 (page furniture, notices, captions and
     * credits repeat across stories; news sentences do not), every other row 1. Returns how many
     * rows are 0.
     */
    public int boilerplate(int minStories) {
      Map<String, Set<Integer>> stories = new HashMap<>();
      for (int i = 0; i < x.size(); i++) {
        if (y.get(i) == 0) {
          stories.computeIfAbsent(key.get(i), k -> new HashSet<>()).add(story.get(i));
        }
      }
      int zeros = 0;
      for (int i = 0; i < x.size(); i++) {
        boolean repeated =
            y.get(i) == 0 && stories.getOrDefault(key.get(i), Set.of()).size() >= minStories;
        y.set(i, repeated ? 0.0 : 1.0);
        zeros += repeated ? 1 : 0;
      }
      return zeros;
    }

    /** The scores of the rows labelled {@code label} under {@code model}. */
    public double[] scores(SentenceForm model, boolean label) {
      List<Double> out = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        if ((y.get(i) > 0) == label) {
          out.add(model.scoreFeatures(x.get(i)));
        }
      }
      return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  /**
   * Adds story {@code story}: its sources' window for a summary of {@code words} words and its
   * analysed human {@code summary}, with features over {@code priors}.
   */
  public static void add(
      int story,
      List<AnalyzedArticle> sources,
      AnalyzedArticle summary,
      int words,
      LexicalPriors priors,
      Rows rows) {
    for (List<StoryWindow.Placed> article :
        StoryWindow.of(sources, words, SentenceScorer.shipped().window())) {
      String previous = "";
      for (StoryWindow.Placed p : article) {
        addIfCandidate(story, p.sentence().text(), p.text(), previous, 0, priors, rows);
        previous = p.sentence().text();
      }
    }
    String previous = "";
    for (Sentence s : summary.sentences()) {
      String text = Preamble.cut(Furniture.shipped().cut(Preamble.cut(s.text())));
      addIfCandidate(story, s.text(), text, previous, 1, priors, rows);
      previous = s.text();
    }
  }

  private static void addIfCandidate(
      int story,
      String raw,
      String text,
      String previous,
      double label,
      LexicalPriors priors,
      Rows rows) {
    int length = SummaryTokens.words(text);
    if (length < Candidates.MIN_WORDS
        || length > Candidates.MAX_WORDS
        || Readability.fragment(raw, text)
        || Readability.notWhole(text, previous)) {
      return;
    }
    rows.x.add(FormFeatures.of(text, priors));
    rows.y.add(label);
    rows.story.add(story);
    rows.key.add(String.join(" ", SummaryTokens.of(text)));
  }

  /** The model fitted to {@code rows} with L2 penalty {@code l2}, cutting at {@code cut}. */
  public static SentenceForm fit(Rows rows, double l2, double cut) {
    return new SentenceForm(NewtonRegression.logistic(rows.x, rows.y, l2), cut);
  }
}
