package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * newsbrief's 26 features beyond the baseline: TF-IDF cosine of claim and body; how much of the
 * claim the body, its opening and its best sentences cover; negation, denial, hedging and assertion
 * cues in the best-matching sentences, within five words of a claim term, in the opening and in the
 * whole body; the same cues in the claim; lengths.
 */
final class CueFeatures {
  static final int COUNT = 26;
  private static final int WINDOW = 5;
  private static final int BEST = 3;

  private CueFeatures() {}

  static void fill(Claim claim, Body body, Idf idf, double[] out, int at) {
    int i = at;
    out[i++] = cosine(claim, body, idf);
    out[i++] = coverage(claim.contentStems, body.stemSet);
    List<String> opening = new ArrayList<>();
    for (int s = 0; s < Math.min(2, body.sentences.size()); s++) {
      opening.addAll(body.sentences.get(s));
    }
    out[i++] = coverage(claim.contentStems, new HashSet<>(opening));
    List<double[]> ranked = new ArrayList<>();
    int covering = 0;
    for (int s = 0; s < body.sentences.size(); s++) {
      double c = coverage(claim.contentStems, body.sentenceStems.get(s));
      ranked.add(new double[] {c, s});
      covering += c >= 0.5 ? 1 : 0;
    }
    ranked.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    int best = Math.min(BEST, ranked.size());
    double[] cues = new double[4];
    double top = 0;
    for (int r = 0; r < best; r++) {
      top += ranked.get(r)[0];
      add(cues, body.sentences.get((int) ranked.get(r)[1]));
    }
    out[i++] = ranked.isEmpty() ? 0 : ranked.get(0)[0];
    out[i++] = best == 0 ? 0 : top / best;
    out[i++] = covering;
    for (double c : cues) {
      out[i++] = best == 0 ? 0 : c / best;
    }
    i = nearClaimTerms(claim.contentStems, body.stems, out, i);
    double[] whole = new double[4];
    add(whole, body.stems);
    for (double c : whole) {
      out[i++] = 100 * c / Math.max(1, body.stems.size());
    }
    double[] open = new double[4];
    add(open, opening);
    out[i++] = open[1];
    out[i++] = open[2];
    out[i++] = open[3];
    double[] own = new double[4];
    add(own, claim.stems);
    for (double c : own) {
      out[i++] = c;
    }
    out[i++] = claim.text.indexOf('?') >= 0 ? 1 : 0;
    out[i++] = claim.tokens.size();
    out[i++] = Math.log1p(body.tokens.size());
    if (i != at + COUNT) {
      throw new IllegalStateException("cue features filled " + (i - at) + " slots");
    }
  }

  /** Adds to {@code counts} the negation, denial, hedge and assertion cues among {@code stems}. */
  private static void add(double[] counts, List<String> stems) {
    for (String s : stems) {
      counts[0] += Words.negation(s) ? 1 : 0;
      counts[1] += Cues.DENIALS.contains(s) ? 1 : 0;
      counts[2] += Cues.HEDGES.contains(s) ? 1 : 0;
      counts[3] += Cues.ASSERTIONS.contains(s) ? 1 : 0;
    }
  }

  private static double coverage(Set<String> claimStems, Set<String> present) {
    if (claimStems.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (String s : claimStems) {
      found += present.contains(s) ? 1 : 0;
    }
    return found / (double) claimStems.size();
  }

  /** Negations and denials within {@link #WINDOW} words of a claim term, per claim-term mention. */
  private static int nearClaimTerms(
      Set<String> claimStems, List<String> stems, double[] out, int i) {
    int mentions = 0;
    int negated = 0;
    int denied = 0;
    for (int p = 0; p < stems.size(); p++) {
      if (!claimStems.contains(stems.get(p))) {
        continue;
      }
      mentions++;
      boolean negation = false;
      boolean denial = false;
      for (int q = Math.max(0, p - WINDOW); q <= Math.min(stems.size() - 1, p + WINDOW); q++) {
        negation |= Words.negation(stems.get(q));
        denial |= Cues.DENIALS.contains(stems.get(q));
      }
      negated += negation ? 1 : 0;
      denied += denial ? 1 : 0;
    }
    out[i] = mentions == 0 ? 0 : negated / (double) mentions;
    out[i + 1] = mentions == 0 ? 0 : denied / (double) mentions;
    return i + 2;
  }

  private static double cosine(Claim claim, Body body, Idf idf) {
    Map<String, Integer> claimCounts = new HashMap<>();
    for (String s : claim.stems) {
      claimCounts.merge(s, 1, Integer::sum);
    }
    double dot = 0;
    double claimNorm = 0;
    for (Map.Entry<String, Integer> e : claimCounts.entrySet()) {
      double w = e.getValue() * idf.weight(e.getKey());
      claimNorm += w * w;
      dot += w * body.stemCounts.getOrDefault(e.getKey(), 0) * idf.weight(e.getKey());
    }
    double bodyNorm = body.norm(idf);
    return claimNorm == 0 || bodyNorm == 0 ? 0 : dot / (Math.sqrt(claimNorm) * bodyNorm);
  }
}
