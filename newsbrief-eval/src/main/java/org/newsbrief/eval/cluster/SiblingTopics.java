package org.newsbrief.eval.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.newsbrief.eval.stance.Fnc1Claims;

/**
 * Extra training topics in the shape of ECB+ (two sibling stories on one subject) built from data
 * that holds no ECB+ text: the stories of FNC-1's training bodies ({@link Fnc1Claims}: the bodies
 * of one claim, at most {@value #MAX_STORY} of them in id order) or of a Multi-News JSONL file
 * (each line's articles, plain or gzipped; the first {@code limit} lines with two or more
 * articles). Each story is paired with its nearest neighbour by the cosine of log-tf-idf centroids
 * (greedily, the most similar pair first, each story used once; a story left over is dropped), so a
 * topic holds two stories about the same kind of thing, as ECB+'s do. Story ids are {@code
 * <source><n>_a} and {@code _b}, so {@link Topics#topic} reads the topic.
 */
final class SiblingTopics {
  /** The largest ECB+ dev story has 22 documents; larger claims are cut to this size. */
  static final int MAX_STORY = 22;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SiblingTopics() {}

  /** The sibling topics of the FNC-1 folder or Multi-News file {@code source}. */
  static List<LabelledDoc> read(Path source, int limit) throws IOException {
    List<List<String>> stories = new ArrayList<>();
    String name;
    if (Files.isDirectory(source) && Fnc1Claims.holds(source)) {
      name = "fnc";
      for (Fnc1Claims.Claim c : Fnc1Claims.read(source)) {
        if (stories.size() < limit) {
          stories.add(c.texts().subList(0, Math.min(MAX_STORY, c.texts().size())));
        }
      }
    } else if (Files.isRegularFile(source)) {
      name = "mn";
      stories.addAll(multiNews(source, limit));
    } else {
      throw new IOException(source + ": extra is an FNC-1 folder or a Multi-News JSONL file");
    }
    return paired(name, stories);
  }

  /** The stories, paired into topics: labelled documents with ids {@code <name>-<story>-<i>}. */
  static List<LabelledDoc> paired(String name, List<List<String>> stories) {
    List<Map<String, Double>> centroids = centroids(stories);
    List<int[]> pairs = new ArrayList<>();
    List<Double> sims = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      for (int j = i + 1; j < stories.size(); j++) {
        pairs.add(new int[] {i, j});
        sims.add(cosine(centroids.get(i), centroids.get(j)));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      order.add(p);
    }
    order.sort((a, b) -> Double.compare(sims.get(b), sims.get(a)));
    boolean[] used = new boolean[stories.size()];
    List<LabelledDoc> docs = new ArrayList<>();
    int topic = 0;
    for (int p : order) {
      int[] pair = pairs.get(p);
      if (used[pair[0]] || used[pair[1]]) {
        continue;
      }
      used[pair[0]] = true;
      used[pair[1]] = true;
      for (int side = 0; side < 2; side++) {
        String story = name + topic + (side == 0 ? "_a" : "_b");
        List<String> texts = stories.get(pair[side]);
        for (int i = 0; i < texts.size(); i++) {
          docs.add(new LabelledDoc(name + "-" + pair[side] + "-" + i, texts.get(i), story));
        }
      }
      topic++;
    }
    return docs;
  }

  private static List<List<String>> multiNews(Path file, int limit) throws IOException {
    List<List<String>> stories = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while (stories.size() < limit && (line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode story;
        try {
          story = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IOException(file + ": line " + number + " is not a Multi-News JSON object", e);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode article : story.path("articles")) {
          if (!article.asText().isBlank()) {
            texts.add(article.asText());
          }
        }
        if (texts.size() >= 2) {
          stories.add(texts.subList(0, Math.min(MAX_STORY, texts.size())));
        }
      }
    }
    return stories;
  }

  /** Each story's L2-normalised sum of its documents' log-tf-idf vectors. */
  private static List<Map<String, Double>> centroids(List<List<String>> stories) {
    List<List<Map<String, Integer>>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    for (List<String> story : stories) {
      List<Map<String, Integer>> docs = new ArrayList<>();
      for (String text : story) {
        Map<String, Integer> tf = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
          if (token.length() > 2) {
            tf.merge(token, 1, Integer::sum);
          }
        }
        tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        docs.add(tf);
        n++;
      }
      counts.add(docs);
    }
    List<Map<String, Double>> out = new ArrayList<>();
    for (List<Map<String, Integer>> docs : counts) {
      Map<String, Double> sum = new HashMap<>();
      for (Map<String, Integer> tf : docs) {
        double total = n;
        tf.forEach(
            (t, c) ->
                sum.merge(
                    t,
                    (1 + Math.log(c)) * Math.log((total + 1) / (df.getOrDefault(t, 0) + 1)),
                    Double::sum));
      }
      double norm = Math.sqrt(sum.values().stream().mapToDouble(v -> v * v).sum());
      sum.replaceAll((t, v) -> norm > 0 ? v / norm : 0);
      out.add(sum);
    }
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      dot += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    }
    return dot;
  }
}
