package org.newsbrief.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsbrief.analyze.quote.QuoteChoice;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;

/**
 * One quotation to attribute in training: its candidates and the gold source spans (of the first
 * gold direct relation with a source whose content the quotation overlaps).
 */
record RankingExample(QuoteChoice choice, List<int[]> source) {
  /** The examples of one article. */
  static List<RankingExample> of(String text, List<Attribution> gold, QuoteFinder finder) {
    List<RankingExample> out = new ArrayList<>();
    for (QuoteChoice c : finder.choices(text)) {
      QuoteSpan q = c.rules();
      for (Attribution r : gold) {
        if (r.direct()
            && !r.source().isEmpty()
            && Attribution.overlaps(r.content(), q.start(), q.end())) {
          out.add(new RankingExample(c, r.source()));
          break;
        }
      }
    }
    return out;
  }

  /** Whether candidate {@code i} overlaps the gold source. */
  boolean correct(int i) {
    if (i < 0) {
      return false;
    }
    var c = choice.candidates().get(i);
    return Attribution.overlaps(source, c.start(), c.end());
  }

  /** Whether some candidate is right. */
  boolean answerable() {
    for (int i = 0; i < choice.candidates().size(); i++) {
      if (correct(i)) {
        return true;
      }
    }
    return false;
  }

  static double rulesAccuracy(List<RankingExample> all) {
    long right =
        all.stream()
            .filter(
                e ->
                    e.choice.rules().attributed()
                        && Attribution.overlaps(
                            e.source,
                            e.choice.rules().speakerStart(),
                            e.choice.rules().speakerEnd()))
            .count();
    return all.isEmpty() ? 0 : right / (double) all.size();
  }

  static double oracle(List<RankingExample> all) {
    return all.isEmpty()
        ? 0
        : all.stream().filter(RankingExample::answerable).count() / (double) all.size();
  }
}
