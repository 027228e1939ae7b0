package org.newsbrief.eval.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null && clusters.size() < limit) {
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
        clusters.add(
            new Cluster(
                node.path("id").asText("line-" + number), articles, node.get("summary").asText()));
      }
    }
    return clusters;
  }
}
