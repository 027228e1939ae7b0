package org.newsbrief.eval.extract;

import java.util.Map;
import java.util.TreeMap;

/**
 * The published full-set figures the web-eval README quotes (trafilatura's and htmldate's own
 * documentation, 990 body pages and 1,000 date pages): peers measured elsewhere, on the full sets,
 * by the same metrics, named with the suffix {@code _published}.
 */
final class PublishedPeers {
  private PublishedPeers() {}

  static Map<String, Map<String, Double>> webEval() {
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    body(peers, "trafilatura_2.2.0", 0.906, 0.943, 0.923, 0.924);
    body(peers, "magic_html_0.1.8", 0.887, 0.891, 0.889, 0.889);
    body(peers, "justext_3.0.2", 0.864, 0.859, 0.862, 0.862);
    body(peers, "news_please_1.6.16", 0.932, 0.758, 0.852, 0.836);
    body(peers, "readability_lxml_0.8.4.1", 0.898, 0.764, 0.839, 0.826);
    peers.put("goose3_published", Map.of("f1", 0.810));
    peers.put("boilerpy3_published", Map.of("f1", 0.807));
    peers.put("newspaper4k_published", Map.of("f1", 0.801, "date_accuracy", 0.680));
    body(peers, "raw_html_floor", 0.528, 0.906, 0.549, 0.667);
    peers.put(
        "htmldate_1.10.0_extensive_published",
        Map.of("date_precision", 0.908, "date_recall", 0.993, "date_accuracy", 0.903));
    peers.put(
        "htmldate_1.10.0_fast_published",
        Map.of("date_precision", 0.924, "date_recall", 0.927, "date_accuracy", 0.861));
    peers.put("news_please_date_published", Map.of("date_accuracy", 0.680));
    peers.put("article_date_extractor_published", Map.of("date_accuracy", 0.656));
    peers.put("goose3_date_published", Map.of("date_accuracy", 0.545));
    peers.put("date_guesser_published", Map.of("date_accuracy", 0.544));
    return peers;
  }

  private static void body(
      Map<String, Map<String, Double>> peers, String name, double p, double r, double a, double f) {
    peers.put(name + "_published", Map.of("precision", p, "recall", r, "accuracy", a, "f1", f));
  }
}
