package org.newsbrief.eval.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.NerTagger;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.time.Timeline;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;

/**
 * {@code newsbrief bench analyze --data FILE}: tokens per CPU second of the whole analysis of each
 * story of a Multi-News JSON-lines file ({@code articles} arrays): sentences, entities (trained
 * tagger, aliases), quotes with speakers, and the timeline, on the measuring thread (one core),
 * after {@code warmup} stories; and the time to load the entity model. Also the same with the
 * rule-based names, and any {@link AnalyzePeer} plugin (CoreNLP) in the same run. {@code --set
 * limit=N} stories.
 */
public final class AnalyzeBench implements EvalTask {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String description() {
    return "whole analysis (sentences, entities, quotes, time) tokens per CPU second, model load";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int limit = Integer.parseInt(options.getOrDefault("limit", "100"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
    List<List<String>> stories = read(data, limit + warmup);
    long start = System.nanoTime();
    long cpuStart =
        java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    NerTagger.shipped();
    double load = (System.nanoTime() - start) / 1e9;
    double loadCpu =
        (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - cpuStart)
            / 1e9;
    Map<String, Double> system = measure(stories, warmup, new Entities(Integer.MAX_VALUE, true));
    system.put("load_s", load);
    system.put("load_s_cpu", loadCpu);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    peers.put("rule_names", measure(stories, warmup, new Entities(Integer.MAX_VALUE, false)));
    for (AnalyzePeer peer : Peers.of(AnalyzePeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      long tokens = 0;
      long cpu = 0;
      for (List<String> story : stories.subList(Math.min(warmup, stories.size()), stories.size())) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        peer.analyze(story);
        cpu += THREADS.getCurrentThreadCpuTime() - t0;
        tokens += tokens(story);
      }
      peers.put(
          peer.name(),
          new TreeMap<>(
              Map.of("tokens_per_s", tokens / Math.max(cpu / 1e9, 1e-9), "load_s", loadSeconds)));
    }
    return new EvalReport("bench analyze", data.toString(), system, peers);
  }

  private static Map<String, Double> measure(
      List<List<String>> stories, int warmup, Entities entities) {
    Analyzer analyzer = new Analyzer();
    Quotations quotations = new Quotations();
    Timeline timeline = new Timeline();
    long tokens = 0;
    long cpu = 0;
    long found = 0;
    for (int k = 0; k < stories.size(); k++) {
      List<String> story = stories.get(k);
      long t0 = THREADS.getCurrentThreadCpuTime();
      List<AnalyzedArticle> analyzed = new ArrayList<>();
      for (int i = 0; i < story.size(); i++) {
        String id = "article-" + i;
        List<String> paragraphs =
            List.of(story.get(i).split("\\n+")).stream().filter(p -> !p.isBlank()).toList();
        analyzed.add(analyzer.analyze(new Article(id, id, id, null, null, paragraphs)));
      }
      List<Entity> list = entities.of(analyzed);
      SpeakerLinks.link(quotations.of(analyzed), list);
      timeline.of(analyzed);
      if (k >= warmup) {
        cpu += THREADS.getCurrentThreadCpuTime() - t0;
        tokens += tokens(story);
        found += list.size();
      }
    }
    Map<String, Double> m = new TreeMap<>();
    m.put("tokens_per_s", Math.round(tokens / Math.max(cpu / 1e9, 1e-9)) * 1.0);
    m.put("count", (double) found);
    return m;
  }

  private static long tokens(List<String> story) {
    long n = 0;
    for (String text : story) {
      String t = text.strip();
      n += t.isEmpty() ? 0 : t.split("\\s+").length;
    }
    return n;
  }

  private static List<List<String>> read(Path file, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<List<String>> stories = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine();
          line != null && stories.size() < limit;
          line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<String> articles = new ArrayList<>();
        node.path("articles").forEach(a -> articles.add(a.asText()));
        stories.add(articles);
      }
    }
    return stories;
  }
}
