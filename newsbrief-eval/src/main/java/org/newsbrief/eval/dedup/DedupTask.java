package org.newsbrief.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsbrief.clean.NearDuplicates;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.Article;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.model.Syndication;

/**
 * Cleans every ECB+ dev document as the briefing pipeline does, finds the syndicated copies among
 * all of them at once, and scores the pairs inside the groups against the bundled hand labels
 * ({@value CopyPairs#LABELS}). Speed is timed on a second, warm pass. Options: {@code threshold}
 * (default {@link NearDuplicates#DEFAULT_RESEMBLANCE}).
 */
public final class DedupTask implements EvalTask {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String name() {
    return "dedup";
  }

  @Override
  public String description() {
    return "syndicated-copy detection on ECB+ dev documents: pairwise P/R/F1 against hand labels";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root =
        Files.isDirectory(data.resolve("ecbplus-stories")) ? data.resolve("ecbplus-stories") : data;
    double threshold =
        Double.parseDouble(
            options.getOrDefault("threshold", String.valueOf(NearDuplicates.DEFAULT_RESEMBLANCE)));
    List<Article> articles = articles(root.resolve("docs.jsonl"));
    Set<String> gold = CopyPairs.labelledCopies();

    NearDuplicates detector = new NearDuplicates(threshold);
    detector.groups(articles); // warm-up pass, so the timing below is not the JIT's
    long start = System.nanoTime();
    List<Syndication> groups = detector.groups(articles);
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    Map<String, Double> system =
        CopyPairs.score(
            CopyPairs.within(groups.stream().map(Syndication::articleIds).toList()), gold);
    system.put("clusters", (double) groups.size());
    system.put("count", (double) gold.size());
    system.put("articles_per_s", articles.size() / seconds);

    Map<String, String> bodies = new LinkedHashMap<>();
    articles.forEach(a -> bodies.put(a.id(), a.body()));
    Map<String, List<String>> sameText = new HashMap<>();
    articles.forEach(a -> sameText.computeIfAbsent(a.body(), k -> new ArrayList<>()).add(a.id()));
    Map<String, Map<String, Double>> peers = new LinkedHashMap<>();
    peers.put(
        "exhaustive_exact_jaccard",
        CopyPairs.score(CopyPairs.within(ExhaustiveResemblance.groups(bodies, threshold)), gold));
    peers.put("same_text_only", CopyPairs.score(CopyPairs.within(sameText.values()), gold));
    return new EvalReport(name(), data.toString(), system, peers);
  }

  /** The documents as cleaned articles that keep the document id (so equal texts stay apart). */
  private static List<Article> articles(Path docs) throws IOException {
    NewsCleaner cleaner = new NewsCleaner();
    List<Article> articles = new ArrayList<>();
    for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      String id = node.path("id").asText();
      try {
        Article a =
            cleaner.clean(RawDocument.of(id, SourceFormat.TEXT, node.path("text").asText()));
        articles.add(new Article(id, id, a.title(), a.outlet(), a.published(), a.paragraphs()));
      } catch (IllegalArgumentException e) {
        // a document with no article text left is simply not a copy of anything
      }
    }
    return articles;
  }
}
