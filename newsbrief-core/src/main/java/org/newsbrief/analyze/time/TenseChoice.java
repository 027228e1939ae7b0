package org.newsbrief.analyze.time;

/**
 * A partial date whose value depends on whether its clause looks back or ahead: its span, its two
 * readings against the article's date, and the feature row {@link TenseModel} decides from.
 *
 * @param start where the expression starts in the text
 * @param end where it ends
 * @param past its value when the clause looks back
 * @param future its value when the clause looks ahead
 * @param features the {@link TenseModel#featureNames()} row
 */
public record TenseChoice(int start, int end, String past, String future, double[] features) {
  public TenseChoice {
    features = features.clone();
  }

  @Override
  public double[] features() {
    return features.clone();
  }
}
