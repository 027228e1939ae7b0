package org.newsbrief.eval.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.eval.stance.Fnc1Claims;

/**
 * Stories of real articles, read from either form the dev data takes: a folder holding {@code
 * docs.jsonl} and {@code gold.tsv} (ECB+ stories: a story is a gold (topic, subcorpus)), found also
 * one level down, a Multi-News JSON-lines file (a story is a line's {@code articles}), or the FNC-1
 * folder (a story is the training bodies of one claim, {@link Fnc1Claims}; none is set aside). Each
 * story says whether ../shared/data/BLIND.md sets it aside (ECB+ topic % 5 == 0; Multi-News id % 5
 * == 0).
 */
public final class StorySets {
  /** One story: its id, its articles' ids and texts, and whether it is set aside. */
  public record Story(String id, List<String> articleIds, List<String> texts, boolean blind) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private StorySets() {}

  /**
   * Which stories {@code --set blind=skip|only|all} (default skip) keeps: BLIND.md's set-aside
   * stories out, only them (for the read at the end), or all.
   */
  public static java.util.function.Predicate<Story> selection(
      java.util.Map<String, String> options) {
    String blind = options.getOrDefault("blind", "skip");
    return switch (blind) {
      case "skip" -> story -> !story.blind();
      case "only" -> Story::blind;
      case "all" -> story -> true;
      default -> throw new IllegalArgumentException("blind is skip, only or all: " + blind);
    };
  }

  public static List<Story> read(Path data) throws IOException {
    if (Files.isDirectory(data) && Fnc1Claims.holds(data)) {
      List<Story> stories = new ArrayList<>();
      for (Fnc1Claims.Claim claim : Fnc1Claims.read(data)) {
        List<String> ids = claim.bodyIds().stream().map(id -> "body" + id).toList();
        stories.add(new Story(claim.id(), ids, claim.texts(), false));
      }
      return stories;
    }
    if (Files.isDirectory(data)) {
      Path folder = data;
      if (!Files.exists(folder.resolve("gold.tsv"))) {
        try (var children = Files.list(data)) {
          folder =
              children
                  .filter(p -> Files.exists(p.resolve("gold.tsv")))
                  .findFirst()
                  .orElseThrow(
                      () -> new IOException("no docs.jsonl and gold.tsv in or under " + data));
        }
      }
      return ecb(folder);
    }
    return multiNews(data);
  }

  private static List<Story> ecb(Path folder) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    Path docs = folder.resolve("docs.jsonl");
    try (BufferedReader in = Files.newBufferedReader(docs)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          JsonNode doc = object(docs, number, line, "id", "text");
          texts.put(doc.get("id").asText(), doc.get("text").asText());
        }
      }
    }
    Map<String, List<String>> members = new TreeMap<>();
    Map<String, Boolean> blind = new TreeMap<>();
    List<String> gold = Files.readAllLines(folder.resolve("gold.tsv"), StandardCharsets.UTF_8);
    for (String line : gold.subList(1, gold.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !texts.containsKey(f[0])) {
        continue;
      }
      members.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
      blind.put(f[1], Integer.parseInt(f[2].trim()) % 5 == 0);
    }
    List<Story> stories = new ArrayList<>();
    members.forEach(
        (story, ids) ->
            stories.add(
                new Story(
                    story,
                    ids,
                    ids.stream().map(texts::get).toList(),
                    blind.getOrDefault(story, false))));
    return stories;
  }

  private static List<Story> multiNews(Path file) throws IOException {
    List<Story> stories = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode cluster = object(file, number, line, "id", "articles");
        String id = cluster.get("id").asText();
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode article : cluster.get("articles")) {
          ids.add(id + "/" + ids.size());
          texts.add(article.asText());
        }
        String digits = id.replaceAll("\\D", "");
        boolean blind = !digits.isEmpty() && Long.parseLong(digits) % 5 == 0;
        stories.add(new Story(id, ids, texts, blind));
      }
    }
    return stories;
  }

  /** The JSON object on line {@code number} of {@code file}, which must hold {@code keys}. */
  private static JsonNode object(Path file, int number, String line, String... keys)
      throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ":" + number + ": not a JSON object", e);
    }
    for (String key : keys) {
      if (node == null || !node.isObject() || !node.hasNonNull(key)) {
        throw new IOException(file + ":" + number + ": a story line needs \"" + key + "\"");
      }
    }
    return node;
  }

  /** One line of a labels file that is not a comment: its line number and tab-separated fields. */
  public record LabelRow(int number, List<String> fields) {}

  /** The lines of labels {@code file} that are not {@code #} comments; none when it is null. */
  public static List<LabelRow> labelRows(@Nullable String file) throws IOException {
    List<LabelRow> rows = new ArrayList<>();
    if (file == null) {
      return rows;
    }
    int number = 0;
    for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
      number++;
      if (!line.startsWith("#")) {
        rows.add(new LabelRow(number, List.of(line.split("\t"))));
      }
    }
    return rows;
  }

  /** A hand label, 0 or 1, from line {@code number} of the labels {@code file}. */
  public static int label(String file, int number, String value) throws IOException {
    return switch (value.trim()) {
      case "0" -> 0;
      case "1" -> 1;
      default -> throw new IOException(file + ":" + number + ": a label is 0 or 1, not " + value);
    };
  }
}
