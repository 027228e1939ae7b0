package org.newsbrief.eval.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.newsbrief.clean.BlockModel;
import org.newsbrief.clean.BylineModel;
import org.newsbrief.clean.DateModel;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.bench.Timings;

/**
 * Extraction throughput on the AEB pages: newsbrief's whole cleaner (parse, main content, metadata,
 * boilerplate), boilerpipe's ArticleExtractor and readability4j, interleaved page by page over
 * {@code rounds} rounds (default 5, after two warm-up rounds) so that the machine's load falls on
 * all alike; the systems take turns at running first on a page (the first pays for the page's bytes
 * coming back into the CPU caches: up to ~30% in one run). Reports pages per wall-clock second and
 * per CPU second of the measuring thread (CPU time does not count time lost to other processes),
 * and the median ms per page. Options: {@code rounds}, {@code limit} (pages), {@code rules=true}
 * (also the cleaner without its block model, as the peer {@code newsbrief_rules_only}, and without
 * its byline model, as {@code newsbrief_no_byline_model}), {@code date_model=FILE} (also the
 * cleaner choosing dates with those weights, as {@code newsbrief_date_model}: what the date ranker
 * would cost), {@code base=PATH} (also the default cleaner of another build of newsbrief-core, its
 * {@code target/classes} or jar, as {@code newsbrief_base}: a before/after in one run, see {@link
 * OtherBuild}).
 */
public final class ExtractBench implements EvalTask {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String description() {
    return "pages/s of extraction, interleaved with boilerpipe and readability4j";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("aeb")) ? data.resolve("aeb") : data;
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    int limit = EvalOptions.limit(options);
    List<String> pages = new ArrayList<>();
    for (String id : Files.readAllLines(root.resolve("ids.txt"))) {
      Path page = root.resolve("html").resolve(id.strip() + ".html.gz");
      if (!id.isBlank() && Files.exists(page) && pages.size() < limit) {
        pages.add(ExtractTask.read(page));
      }
    }
    if (pages.isEmpty()) {
      throw new IOException(root + ": no pages (expected ids.txt and html/*.html.gz)");
    }
    NewsCleaner cleaner = new NewsCleaner();
    Map<String, Function<String, String>> systems = new LinkedHashMap<>();
    systems.put("newsbrief", h -> ExtractTask.newsbrief(cleaner, h));
    if ("true".equals(options.get("rules"))) {
      NewsCleaner rules = new NewsCleaner(true, null);
      systems.put("newsbrief_rules_only", h -> ExtractTask.newsbrief(rules, h));
      NewsCleaner noBylines = new NewsCleaner(true, BlockModel.shipped(), null);
      systems.put("newsbrief_no_byline_model", h -> ExtractTask.newsbrief(noBylines, h));
    }
    String dateWeights = options.get("date_model");
    if (dateWeights != null) {
      DateModel dates;
      try (java.io.Reader in = Files.newBufferedReader(Path.of(dateWeights))) {
        dates = DateModel.read(in);
      } catch (java.nio.file.NoSuchFileException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw new IOException(dateWeights + ": not a date model: " + e.getMessage(), e);
      }
      NewsCleaner withDates =
          new NewsCleaner(true, BlockModel.shipped(), BylineModel.shipped(), dates);
      systems.put("newsbrief_date_model", h -> ExtractTask.newsbrief(withDates, h));
    }
    String base = options.get("base");
    if (base != null) {
      systems.put("newsbrief_base", OtherBuild.cleaner(Path.of(base)));
    }
    systems.put("boilerpipe_1.2.2", ExtractTask::boilerpipe);
    systems.put(
        "readability4j_1.0.8",
        h -> new Readability4J("https://example.com/", h).parse().getTextContent());
    Map<String, Clocks> clocks = new LinkedHashMap<>();
    systems.keySet().forEach(name -> clocks.put(name, new Clocks()));
    long sink = 0;
    List<Map.Entry<String, Function<String, String>>> order = new ArrayList<>(systems.entrySet());
    for (int round = -2; round < rounds; round++) {
      for (int p = 0; p < pages.size(); p++) {
        String page = pages.get(p);
        for (int k = 0; k < order.size(); k++) {
          Map.Entry<String, Function<String, String>> system = order.get((p + k) % order.size());
          long wall = System.nanoTime();
          long cpu = THREADS.getCurrentThreadCpuTime();
          String text;
          try {
            text = system.getValue().apply(page);
          } catch (RuntimeException e) {
            text = "";
          }
          sink += text.length();
          if (round >= 0) {
            java.util.Objects.requireNonNull(clocks.get(system.getKey()))
                .add(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu);
          }
        }
      }
    }
    Map<String, Map<String, Double>> peers = new LinkedHashMap<>();
    boolean never = sink < 0;
    clocks.forEach((name, c) -> peers.put(name, c.metrics(never)));
    Map<String, Double> own = peers.remove("newsbrief");
    return new EvalReport(
        "bench " + name(), data.toString(), java.util.Objects.requireNonNull(own), peers);
  }

  /** Wall and CPU time of one system's calls. */
  private static final class Clocks {
    private final Timings wall = new Timings();
    private long wallNanos;
    private long cpuNanos;
    private int pages;

    void add(long wallTaken, long cpuTaken) {
      wall.add(wallTaken / 1e6);
      wallNanos += wallTaken;
      cpuNanos += cpuTaken;
      pages++;
    }

    Map<String, Double> metrics(boolean never) {
      Map<String, Double> out = new LinkedHashMap<>();
      out.put("pages_per_s", pages / Math.max(wallNanos / 1e9, 1e-9));
      out.put("cpu_pages_per_s", pages / Math.max(cpuNanos / 1e9, 1e-9));
      out.put("page_ms_median", wall.median());
      out.put("documents", (double) pages + (never ? 1 : 0));
      return out;
    }
  }
}
