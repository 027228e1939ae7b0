package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;

/**
 * Who spoke the quoted words, layered sources included ({@link RankingExample}): over the found
 * quotations that overlap a gold direct relation with a source, {@code speaker_accuracy} counts the
 * shown speaker right when it overlaps the inner speaker of a layered relation ("Sanders said,
 * according to CNN": Sanders) and the PolNeAR source otherwise; over the layered ones alone ({@code
 * count_layered}), {@code layered_inner_accuracy} and {@code layered_source_accuracy}.
 */
final class LayeredScoring {
  private LayeredScoring() {}

  static Map<String, Double> score(Map<String, Path> articles, QuoteFinder finder)
      throws IOException {
    QuoteFinder candidates = QuoteFinder.rules();
    int total = 0;
    int right = 0;
    int layered = 0;
    int inner = 0;
    int source = 0;
    for (Map.Entry<String, Path> e : articles.entrySet()) {
      String text = Files.readString(Path.of(e.getKey()), StandardCharsets.UTF_8);
      List<Attribution> gold = Attribution.read(e.getValue(), text);
      List<QuoteSpan> found = finder.find(text);
      for (RankingExample x : RankingExample.of(text, gold, candidates.choices(text), true)) {
        QuoteSpan q = shown(found, x.choice().rules());
        if (q == null) {
          continue;
        }
        boolean onInner = hits(x.inner(), q);
        boolean onSource = hits(x.source(), q);
        total++;
        right += (x.isLayered() ? onInner : onSource) ? 1 : 0;
        if (x.isLayered()) {
          layered++;
          inner += onInner ? 1 : 0;
          source += onSource ? 1 : 0;
        }
      }
    }
    Map<String, Double> out = new TreeMap<>();
    out.put("speaker_accuracy", ratio(right, total));
    out.put("count_layered", (double) layered);
    out.put("layered_inner_accuracy", ratio(inner, layered));
    out.put("layered_source_accuracy", ratio(source, layered));
    return out;
  }

  private static @org.jspecify.annotations.Nullable QuoteSpan shown(
      List<QuoteSpan> found, QuoteSpan rules) {
    for (QuoteSpan q : found) {
      if (q.start() == rules.start() && q.end() == rules.end()) {
        return q;
      }
    }
    return null;
  }

  private static boolean hits(List<int[]> spans, QuoteSpan q) {
    return q.attributed() && Attribution.overlaps(spans, q.speakerStart(), q.speakerEnd());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : a / (double) b;
  }
}
