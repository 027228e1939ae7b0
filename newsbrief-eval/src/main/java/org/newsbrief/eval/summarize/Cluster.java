package org.newsbrief.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * One multi-document summarisation example.
 *
 * @param id the example id
 * @param articles the source articles' texts
 * @param summary the reference summary
 */
record Cluster(String id, List<String> articles, String summary) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<Cluster> read(Path file, int limit) throws IOException {
    List<Cluster> clusters = new ArrayList<>();
    forEach(file, limit, clusters::add);
    return clusters;
  }

  /** Streams the first {@code limit} clusters of {@code file} (gzipped when named *.gz). */
  static void forEach(Path file, int limit, Consumer<Cluster> action) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      raw = new GZIPInputStream(raw, 1 << 16);
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      int given = 0;
      while ((line = in.readLine()) != null && given < limit) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = MAPPER.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + ":" + number + ": not a JSON object: " + e.getMessage(), e);
        }
        List<String> articles = new ArrayList<>();
        node.path("articles").forEach(a -> articles.add(a.asText()));
        if (articles.isEmpty() || !node.hasNonNull("summary")) {
          throw new IOException(file + ":" + number + ": needs \"articles\" and \"summary\"");
        }
        action.accept(
            new Cluster(
                node.path("id").asText("line-" + number), articles, node.get("summary").asText()));
        given++;
      }
    }
  }

  /** Writes {@code clusters} as JSON lines in the form {@link #read} reads. */
  static void write(List<Cluster> clusters, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Cluster c : clusters) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("articles", c.articles());
        row.put("summary", c.summary());
        w.write(MAPPER.writeValueAsString(row) + "\n");
      }
    }
  }
}
