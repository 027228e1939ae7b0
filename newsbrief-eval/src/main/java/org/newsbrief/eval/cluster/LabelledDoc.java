package org.newsbrief.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document with its gold story.
 *
 * @param id the document id
 * @param text the raw text
 * @param story the gold story
 */
record LabelledDoc(String id, String text, String story) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** True when {@code data} is a Multi-News JSONL file rather than an ECB+ stories folder. */
  static boolean isMultiNews(Path data) {
    return Files.isRegularFile(data) && data.getFileName().toString().endsWith(".jsonl");
  }

  /** ECB+ stories: docs.jsonl and gold.tsv in {@code data} or its ecbplus-stories folder. */
  static List<LabelledDoc> ecbPlus(Path data, int limit) throws IOException {
    Path root =
        Files.isDirectory(data.resolve("ecbplus-stories")) ? data.resolve("ecbplus-stories") : data;
    Map<String, String> gold = new HashMap<>();
    for (String line : Files.readAllLines(root.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && !cols[0].equals("id")) {
        gold.put(cols[0], cols[1]);
      }
    }
    List<LabelledDoc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(root.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || docs.size() >= limit) {
        continue;
      }
      JsonNode node = MAPPER.readTree(line);
      String id = node.path("id").asText();
      String story = gold.get(id);
      if (story != null) {
        docs.add(new LabelledDoc(id, node.path("text").asText(), story));
      }
    }
    return docs;
  }

  /**
   * Multi-News clusters, one per line ({@code {"id", "articles": [...]}}): each line's articles
   * form one story; the first {@code limit} lines are read.
   */
  static List<LabelledDoc> multiNews(Path file, int limit) throws IOException {
    List<LabelledDoc> docs = new ArrayList<>();
    int clusters = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || clusters >= limit) {
        continue;
      }
      clusters++;
      JsonNode node = MAPPER.readTree(line);
      String story = node.path("id").asText();
      int n = 0;
      for (JsonNode article : node.path("articles")) {
        String text = article.asText();
        if (!text.isBlank()) {
          docs.add(new LabelledDoc(story + "#" + n++, text, story));
        }
      }
    }
    return docs;
  }
}
