package org.newsbrief.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The result of one evaluation run: the system's metrics and each peer's, measured on the same data
 * in the same run. Scores are fractions in [0, 1]; counts, lengths, rates, times and sizes (see
 * {@link #unbounded}) are the only unbounded metrics.
 *
 * @param task the evaluation task, e.g. "summarize"
 * @param data the data path as given
 * @param system newsbrief's metrics
 * @param peers each peer's metrics, by peer name
 */
public record EvalReport(
    String task, String data, Map<String, Double> system, Map<String, Map<String, Double>> peers) {
  private static final Set<String> UNBOUNDED =
      Set.of(
          "words",
          "tokens_per_s",
          "load_s",
          "pages_per_s",
          "articles_per_s",
          "pairs_per_s",
          "train_s",
          "count",
          "documents",
          "clusters",
          "stories",
          "heap_mb",
          "open_stories",
          "closed_stories",
          "indexed_terms",
          "paired",
          "gate");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public EvalReport {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(data, "data");
    system = Map.copyOf(new TreeMap<>(system));
    TreeMap<String, Map<String, Double>> sortedPeers = new TreeMap<>();
    peers.forEach((name, metrics) -> sortedPeers.put(name, Map.copyOf(metrics)));
    peers = sortedPeers;
    check("system", system);
    sortedPeers.forEach(EvalReport::check);
  }

  private static void check(String who, Map<String, Double> metrics) {
    metrics.forEach(
        (metric, value) -> {
          if (value == null || value.isNaN()) {
            throw new IllegalArgumentException(who + "." + metric + " is not a number");
          }
          if (!unbounded(metric) && (value < 0 || value > 1)) {
            throw new IllegalArgumentException(
                who + "." + metric + " = " + value + " is not a fraction in [0, 1]");
          }
        });
  }

  /** Counts, lengths, rates ({@code _per_s}), times ({@code _ms}) and sizes ({@code _mb}). */
  private static boolean unbounded(String metric) {
    return UNBOUNDED.contains(metric)
        || metric.endsWith("_per_s")
        || metric.endsWith("_mb")
        || metric.endsWith("_ms")
        || metric.contains("_ms_")
        || UNBOUNDED.stream().anyMatch(u -> metric.startsWith(u + "_"));
  }

  /** The report as one JSON object. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("task", task);
    root.put("data", data);
    ObjectNode sys = root.putObject("system");
    new TreeMap<>(system).forEach(sys::put);
    ObjectNode peerNode = root.putObject("peers");
    peers.forEach(
        (name, metrics) -> {
          ObjectNode p = peerNode.putObject(name);
          new TreeMap<>(metrics).forEach(p::put);
        });
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The report as an aligned table for people. */
  public String toTable() {
    TreeMap<String, Map<String, Double>> rows = new TreeMap<>();
    StringBuilder out = new StringBuilder();
    out.append("task ").append(task).append(" on ").append(data).append('\n');
    rows.putAll(peers);
    appendRow(out, "newsbrief", system);
    rows.forEach((name, metrics) -> appendRow(out, name, metrics));
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String name, Map<String, Double> metrics) {
    out.append(String.format(Locale.ROOT, "  %-22s", name));
    new TreeMap<>(metrics)
        .forEach((m, v) -> out.append(String.format(Locale.ROOT, " %s=%.4f", m, v)));
    out.append('\n');
  }
}
