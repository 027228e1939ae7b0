package org.newsbrief.eval.summarize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.bench.Timings;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.summarize.CoverageSummarizer;
import org.newsbrief.summarize.Summarizer;

/**
 * Warm latency of summarising one story of {@code articles} articles (default 10), pooled from
 * consecutive Multi-News clusters: the summarize stage alone ({@code summarize_ms_*}) and the whole
 * briefing from raw text through clean, analyze, entities, quotes, timeline, conflicts and summary
 * ({@code brief_ms_*}), each as wall-clock, as CPU time of the measuring thread ({@code
 * *_cpu_ms_*}) and as CPU time of the whole process, all threads ({@code *_process_cpu_ms_*}).
 * LexRank and TextRank are timed on the same stories at the same length. Options: {@code articles},
 * {@code stories} (default 30), {@code rounds} (default 5, after two warm-up rounds), {@code words}
 * (default 150).
 */
public final class SummarizeBench implements EvalTask {
  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public String description() {
    return "warm ms per story: summarize stage and whole briefing, vs LexRank and TextRank";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int perStory = Integer.parseInt(options.getOrDefault("articles", "10"));
    int storyCount = Integer.parseInt(options.getOrDefault("stories", "30"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    int words = Integer.parseInt(options.getOrDefault("words", "150"));
    List<List<String>> stories = pool(Cluster.read(data, Integer.MAX_VALUE), perStory, storyCount);
    if (stories.isEmpty()) {
      throw new IOException(data + ": not enough articles for one story of " + perStory);
    }
    NewsBriefings newsbrief = NewsBriefings.create(new BriefingOptions(words, 0));
    Analyzer analyzer = new Analyzer();
    Summarizer summarizer = new CoverageSummarizer();
    List<List<AnalyzedArticle>> analyzed = new ArrayList<>();
    for (List<String> story : stories) {
      analyzed.add(analyze(story, analyzer));
    }
    Timed brief = new Timed(i -> newsbrief.briefDocuments(documents(stories.get(i)), List.of()));
    Timed summarize = new Timed(i -> summarizer.summarize(analyzed.get(i), words));
    Timed lexRank = new Timed(i -> Baselines.lexRank(Baselines.sentencesOf(stories.get(i)), words));
    Timed textRank =
        new Timed(i -> Baselines.textRank(Baselines.sentencesOf(stories.get(i)), words));
    List<Timed> all = List.of(brief, summarize, lexRank, textRank);
    int sink = 0;
    for (int round = -2; round < rounds; round++) {
      for (int i = 0; i < stories.size(); i++) {
        for (Timed timed : all) {
          sink += timed.time(i, round >= 0);
        }
      }
    }
    Map<String, Double> own = new LinkedHashMap<>();
    own.putAll(brief.metrics("brief"));
    own.putAll(summarize.metrics("summarize"));
    own.put("documents", (double) perStory);
    own.put("stories", (double) stories.size() + (sink < 0 ? 1 : 0));
    Map<String, Map<String, Double>> peers = new LinkedHashMap<>();
    peers.put("lexrank", lexRank.metrics("summarize"));
    peers.put("textrank", textRank.metrics("summarize"));
    return new EvalReport("bench " + name(), data.toString(), own, peers);
  }

  /**
   * One timed system: its work on story {@code i}, and its wall-clock and CPU-time samples: CPU
   * time of the measuring thread (the figure that holds on a loaded machine) and of the whole
   * process (every thread: embedding workers, but also the garbage collector and the JIT).
   */
  private record Timed(
      Function<Integer, Object> work, Timings wall, Timings cpu, Timings processCpu) {
    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    Timed(Function<Integer, Object> work) {
      this(work, new Timings(), new Timings(), new Timings());
    }

    int time(int story, boolean record) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long processStart = PROCESS.getProcessCpuTime();
      int sink = work.apply(story).hashCode() & 1;
      if (record) {
        cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
        processCpu.add((PROCESS.getProcessCpuTime() - processStart) / 1e6);
        wall.addSince(start);
      }
      return sink;
    }

    Map<String, Double> metrics(String prefix) {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put(prefix + "_ms_median", wall.median());
      out.put(prefix + "_ms_p95", wall.percentile(95));
      out.put(prefix + "_cpu_ms_median", cpu.median());
      out.put(prefix + "_cpu_ms_p95", cpu.percentile(95));
      out.put(prefix + "_process_cpu_ms_median", processCpu.median());
      out.put(prefix + "_process_cpu_ms_p95", processCpu.percentile(95));
      return out;
    }
  }

  static List<List<String>> pool(List<Cluster> clusters, int perStory, int storyCount) {
    List<List<String>> stories = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (Cluster cluster : clusters) {
      for (String article : cluster.articles()) {
        if (!article.isBlank()) {
          current.add(article);
        }
        if (current.size() == perStory) {
          stories.add(current);
          current = new ArrayList<>();
          if (stories.size() == storyCount) {
            return stories;
          }
        }
      }
    }
    return stories;
  }

  private static List<RawDocument> documents(List<String> story) {
    List<RawDocument> documents = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      documents.add(RawDocument.of("article-" + i + ".txt", SourceFormat.TEXT, story.get(i)));
    }
    return documents;
  }

  private static List<AnalyzedArticle> analyze(List<String> story, Analyzer analyzer) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < story.size(); i++) {
      List<String> paragraphs =
          List.of(story.get(i).split("\\n+")).stream().filter(p -> !p.isBlank()).toList();
      String id = "article-" + i;
      out.add(analyzer.analyze(new Article(id, id, id, null, null, paragraphs)));
    }
    return out;
  }
}
