package org.newsbrief.eval.summarize;

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

/**
 * The ECB+ stories of {@code clustering/ecbplus-stories} (docs.jsonl and gold.tsv) as summarisation
 * clusters without a reference: each story's documents in file order, with their ids, so hand
 * labels can name a document by id. Only for scoring support labels (gold.tsv is evaluation data).
 *
 * @param cluster the story as a cluster (its id the gold story, e.g. "14_ecb")
 * @param docIds the documents' ids, in the order of the cluster's articles
 */
record EcbStories(Cluster cluster, List<String> docIds) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every story of the folder {@code dir}, by story id. */
  static Map<String, EcbStories> read(Path dir) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length > 1 && !f[0].equals("id")) {
        storyOf.put(f[0], f[1]);
      }
    }
    Map<String, List<String[]>> docs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc = MAPPER.readTree(line);
      String id = doc.path("id").asText();
      String story = storyOf.get(id);
      if (story != null) {
        docs.computeIfAbsent(story, k -> new ArrayList<>())
            .add(new String[] {id, doc.path("text").asText()});
      }
    }
    Map<String, EcbStories> out = new LinkedHashMap<>();
    docs.forEach(
        (story, list) ->
            out.put(
                story,
                new EcbStories(
                    new Cluster(story, list.stream().map(d -> d[1]).toList(), ""),
                    list.stream().map(d -> d[0]).toList())));
    return out;
  }
}
