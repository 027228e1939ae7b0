package org.newsbrief.eval.rouge;

/**
 * Recall, precision and F of one ROUGE measure.
 *
 * @param recall hits over reference units
 * @param precision hits over peer units
 * @param f the weighted harmonic mean with alpha 0.5 (ROUGE-1.5.5 {@code -p 0.5})
 */
public record RougeScore(double recall, double precision, double f) {
  static final RougeScore ZERO = new RougeScore(0, 0, 0);

  static RougeScore of(double hits, double referenceUnits, double peerUnits) {
    double r = referenceUnits == 0 ? 0 : hits / referenceUnits;
    double p = peerUnits == 0 ? 0 : hits / peerUnits;
    double f = (r + p) == 0 ? 0 : 2 * p * r / (p + r);
    return new RougeScore(r, p, f);
  }
}
