package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.analyze.quote.Relays;

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
    return score(articles, finder, null);
  }

  /**
   * As above, plus the relay step's figures ({@link Relays}): {@code count_relay_fired} (quotations
   * it names an inner speaker for), {@code count_relay_fired_layered} (of those, layered ones),
   * {@code relay_inner_right} (layered, inner speaker hit), {@code relay_precision} (inner hits
   * over firings), {@code relay_recall} (inner hits over layered), {@code speaker_accuracy_relayed}
   * ({@code speaker_accuracy} with the relay's inner speaker shown). With {@code firings}, one line
   * per firing or layered miss: article, quotation, source and inner offsets (for hand checks).
   */
  static Map<String, Double> score(
      Map<String, Path> articles, QuoteFinder finder, @Nullable PrintStream firings)
      throws IOException {
    int fired = 0;
    int firedLayered = 0;
    int innerRight = 0;
    int relayedRight = 0;
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
        QuoteSpan relay = Relays.inner(text, q);
        QuoteSpan seen = relay != null ? relay : q;
        boolean relayHit = relay != null && hits(x.inner(), relay);
        total++;
        right += (x.isLayered() ? onInner : onSource) ? 1 : 0;
        relayedRight += (x.isLayered() ? hits(x.inner(), seen) : hits(x.source(), seen)) ? 1 : 0;
        fired += relay != null ? 1 : 0;
        firedLayered += relay != null && x.isLayered() ? 1 : 0;
        innerRight += relayHit ? 1 : 0;
        if (firings != null && (relay != null || x.isLayered())) {
          firings.println(line(e.getKey(), q, relay, x));
        }
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
    out.put("count_relay_fired", (double) fired);
    out.put("count_relay_fired_layered", (double) firedLayered);
    out.put("count_relay_inner_right", (double) innerRight);
    out.put("relay_precision", ratio(innerRight, fired));
    out.put("relay_recall", ratio(innerRight, layered));
    out.put("speaker_accuracy_relayed", ratio(relayedRight, total));
    return out;
  }

  private static String line(
      String file, QuoteSpan q, @Nullable QuoteSpan relay, RankingExample x) {
    int[] inner = x.inner().isEmpty() ? new int[] {-1, -1} : x.inner().get(0);
    return String.join(
        "\t",
        "RELAY",
        Path.of(file).getFileName().toString(),
        q.start() + "-" + q.end(),
        q.speakerStart() + "-" + q.speakerEnd(),
        relay == null ? "-" : relay.speakerStart() + "-" + relay.speakerEnd(),
        inner[0] + "-" + inner[1]);
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
