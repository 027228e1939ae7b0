package org.newsbrief.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;

/**
 * Streams the documents in several seeded random orders through newsbrief's clusterer and scores
 * each partition against the gold stories. Options: {@code threshold} (default {@link
 * StoryClusterer#DEFAULT_THRESHOLD}), {@code orders} (default 5), {@code limit} (documents).
 */
public final class ClusterTask implements EvalTask {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "cluster";
  }

  @Override
  public String description() {
    return "story clustering on ECB+ stories: B-cubed and pairwise P/R/F1";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root =
        Files.isDirectory(data.resolve("ecbplus-stories")) ? data.resolve("ecbplus-stories") : data;
    double threshold =
        Double.parseDouble(
            options.getOrDefault("threshold", String.valueOf(StoryClusterer.DEFAULT_THRESHOLD)));
    int orders = Integer.parseInt(options.getOrDefault("orders", "5"));
    int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
    Map<String, String> gold = new HashMap<>();
    for (String line : Files.readAllLines(root.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].equals("id")) {
        gold.put(cols[0], cols[1]);
      }
    }
    List<String[]> docs = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || docs.size() >= limit) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      String id = node.path("id").asText();
      if (gold.containsKey(id)) {
        docs.add(new String[] {id, node.path("text").asText()});
      }
    }
    Map<String, Double> sum = new TreeMap<>();
    long nanos = 0;
    for (int seed = 0; seed < orders; seed++) {
      List<String[]> order = new ArrayList<>(docs);
      Collections.shuffle(order, new Random(seed));
      StoryClusterer clusterer = new StoryClusterer(threshold);
      Map<String, Integer> predicted = new HashMap<>();
      long start = System.nanoTime();
      for (String[] doc : order) {
        predicted.put(doc[0], clusterer.add(doc[1]));
      }
      nanos += System.nanoTime() - start;
      Map<String, Double> m = Partitions.score(predicted, gold);
      m.put("clusters", (double) clusterer.stories());
      m.forEach((k, v) -> sum.merge(k, v / orders, Double::sum));
    }
    sum.put("articles_per_s", docs.size() * (double) orders / Math.max(nanos / 1e9, 1e-9));
    return new EvalReport(name(), data.toString(), sum, Map.of());
  }
}
