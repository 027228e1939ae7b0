package org.newsbrief.eval.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.cluster.StoryClusterer;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.eval.EvalReport;

/**
 * {@code --set bench=N}: replays a synthetic stream of N articles made from the Multi-News file
 * (see {@link SyntheticStream}) through one clusterer and reports, at 1k, 10k, 100k articles (those
 * not past N) and at N: throughput of the clusterer (time in add only) over the second half of the
 * articles before the checkpoint (articles_per_s_1k ...), heap used after a GC in MB (heap_mb_1k
 * ...), open stories and indexed terms; then the milliseconds {@link StoryClusterer#finish()} takes
 * (finish_ms: the refinement and regrouping of the stories still open). A warm-up stream of 2,000
 * articles runs first. Options: {@code per_day} (default 300). With {@code write=FILE} it writes
 * the stream as a JSONL corpus instead (see {@link SyntheticCorpus}; {@code words=N} cuts each
 * article to its lead, default 0: whole articles), e.g. for the Spark job's benchmark.
 */
final class StreamBench {
  private static final int WARM_UP = 2_000;

  private StreamBench() {}

  static EvalReport run(Path data, Map<String, String> options) throws IOException {
    int articles = Integer.parseInt(options.get("bench"));
    int perDay = Integer.parseInt(options.getOrDefault("per_day", "300"));
    if (!LabelledDoc.isMultiNews(data) || articles < 1) {
      throw new IllegalArgumentException("bench needs a Multi-News .jsonl file and bench >= 1");
    }
    Map<String, List<String>> byStory = new LinkedHashMap<>();
    for (LabelledDoc d : LabelledDoc.multiNews(data, Integer.MAX_VALUE)) {
      byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d.text());
    }
    List<List<String>> clusters = List.copyOf(byStory.values());
    if (options.containsKey("write")) {
      int words = Integer.parseInt(options.getOrDefault("words", "0"));
      SyntheticCorpus.write(
          new SyntheticStream(clusters, articles, perDay, 0), words, Path.of(options.get("write")));
      return new EvalReport(
          "cluster",
          data + " (corpus " + articles + ")",
          Map.of("documents", (double) articles),
          Map.of());
    }
    StoryOptions storyOptions = ClusterTask.storyOptions(options, false);
    replay(new SyntheticStream(clusters, WARM_UP, perDay, 1), storyOptions, new LinkedHashMap<>());
    Map<String, Double> system = new LinkedHashMap<>();
    replay(new SyntheticStream(clusters, articles, perDay, 0), storyOptions, system);
    system.put("documents", (double) articles);
    return new EvalReport("cluster", data + " (bench " + articles + ")", system, Map.of());
  }

  private static void replay(
      SyntheticStream stream, StoryOptions options, Map<String, Double> metrics) {
    StoryClusterer clusterer = new StoryClusterer(options, null);
    List<SyntheticStream.Event> events = stream.events();
    List<Integer> checkpoints = checkpoints(events.size());
    long[] busy = new long[events.size() + 1];
    long closed = 0;
    for (int i = 0; i < events.size(); i++) {
      SyntheticStream.Event e = events.get(i);
      String text = stream.text(e);
      long start = System.nanoTime();
      clusterer.add("a" + i, "story " + e.story(), e.date(), text);
      closed += clusterer.takeClosed().size();
      int n = i + 1;
      busy[n] = busy[i] + System.nanoTime() - start;
      if (checkpoints.contains(n)) {
        double seconds = (busy[n] - busy[n / 2]) / 1e9;
        String at = label(n);
        metrics.put("articles_per_s_" + at, (n - n / 2) / Math.max(seconds, 1e-9));
        metrics.put("heap_mb_" + at, heapMb());
        metrics.put("open_stories_" + at, (double) clusterer.openStories());
        metrics.put("indexed_terms_" + at, (double) clusterer.indexedTerms());
        metrics.put("closed_stories_" + at, (double) closed);
      }
    }
    long start = System.nanoTime();
    int finished = clusterer.finish().size();
    metrics.put("finish_ms", (System.nanoTime() - start) / 1e6);
    metrics.put("stories_at_finish", (double) finished);
  }

  private static List<Integer> checkpoints(int n) {
    List<Integer> out = new ArrayList<>();
    for (int c : new int[] {1_000, 10_000, 100_000}) {
      if (c < n) {
        out.add(c);
      }
    }
    out.add(n);
    return out;
  }

  private static String label(int n) {
    return n % 1000 == 0 ? (n / 1000) + "k" : String.valueOf(n);
  }

  private static double heapMb() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
  }
}
