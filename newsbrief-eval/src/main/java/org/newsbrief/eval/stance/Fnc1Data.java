package org.newsbrief.eval.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.stance.Stance;
import org.newsbrief.stance.StanceExample;

/**
 * The FNC-1 training files ({@code train_stances.csv}: Headline, Body ID, Stance; {@code
 * train_bodies.csv}: Body ID, articleBody) and their split by body: the body ids, sorted, are
 * shuffled with seed {@value #SEED} and the last 20% held out as dev, as the FNC-1 baseline holds
 * out 20% of bodies. The training bodies split the same way again into "fit" and "tune" halves for
 * choosing settings without looking at dev.
 */
final class Fnc1Data {
  static final long SEED = 1489215;
  static final double HOLD_OUT = 0.2;

  /** One (headline, body) pair with its gold stance. */
  record Pair(String headline, int bodyId, Stance stance) {}

  final List<Pair> pairs;
  final Map<Integer, String> bodies;

  private Fnc1Data(List<Pair> pairs, Map<Integer, String> bodies) {
    this.pairs = List.copyOf(pairs);
    this.bodies = Map.copyOf(bodies);
  }

  /** Reads the first {@code limit} stance rows under {@code folder} and every body. */
  /**
   * The data an eval task's options ask for: {@code data} is the contradiction folder or its {@code
   * fnc1} subfolder; option {@code limit} caps the pairs read.
   */
  static Fnc1Data read(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("fnc1")) ? data.resolve("fnc1") : data;
    int limit = EvalOptions.limit(options);
    return read(root, limit);
  }

  /** The split an eval task's option {@code split} names: {@code dev} (default) or {@code tune}. */
  static String evalSplit(Map<String, String> options) {
    String split = options.getOrDefault("split", "dev");
    if (!split.equals("dev") && !split.equals("tune")) {
      throw new IllegalArgumentException("split must be dev or tune, not " + split);
    }
    return split;
  }

  static Fnc1Data read(Path folder, int limit) throws IOException {
    Map<Integer, String> bodies = new HashMap<>();
    Path bodyFile = folder.resolve("train_bodies.csv");
    for (List<String> row : csv(bodyFile, "Body ID")) {
      if (row.size() < 2) {
        throw new IOException(bodyFile + ": a row needs a body id and a body: " + row);
      }
      bodies.put(bodyId(bodyFile, row.get(0)), row.get(1));
    }
    List<Pair> pairs = new ArrayList<>();
    Path stanceFile = folder.resolve("train_stances.csv");
    for (List<String> row : csv(stanceFile, "Headline")) {
      if (pairs.size() >= limit) {
        break;
      }
      if (row.size() < 3) {
        throw new IOException(stanceFile + ": a row needs a headline, a body id and a stance");
      }
      int id = bodyId(stanceFile, row.get(1));
      if (!bodies.containsKey(id)) {
        throw new IOException("stance row names body " + id + ", which train_bodies.csv lacks");
      }
      Stance stance;
      try {
        stance = Stance.ofLabel(row.get(2));
      } catch (IllegalArgumentException e) {
        throw new IOException(stanceFile + ": not an FNC-1 stance: " + row.get(2), e);
      }
      pairs.add(new Pair(row.get(0), id, stance));
    }
    return new Fnc1Data(pairs, bodies);
  }

  private static int bodyId(Path file, String text) throws IOException {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException(file + ": body id is not a number: " + text, e);
    }
  }

  private static List<List<String>> csv(Path file, String header) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
    if (rows.isEmpty() || !rows.get(0).get(0).strip().replace("\uFEFF", "").equals(header)) {
      throw new IOException(file + ": expected a header starting with " + header);
    }
    return rows.subList(1, rows.size());
  }

  /**
   * The body ids held out from {@code ids}: the last 20% after a seeded shuffle of the sorted ids.
   */
  static Set<Integer> heldOut(Set<Integer> ids) {
    List<Integer> order = new ArrayList<>(new TreeSet<>(ids));
    Collections.shuffle(order, new Random(SEED));
    int train = (int) (order.size() * (1 - HOLD_OUT));
    return new TreeSet<>(order.subList(train, order.size()));
  }

  /**
   * The pairs of one split: "dev" (held-out bodies), "train" (the rest), "tune" (held-out bodies of
   * the training bodies) or "fit" (training bodies minus tune).
   */
  List<Pair> split(String name) {
    Set<Integer> ids = new TreeSet<>(bodies.keySet());
    Set<Integer> dev = heldOut(ids);
    Set<Integer> train = new TreeSet<>(ids);
    train.removeAll(dev);
    Set<Integer> tune = heldOut(train);
    List<Pair> out = new ArrayList<>();
    for (Pair p : pairs) {
      int id = p.bodyId();
      boolean in =
          switch (name) {
            case "dev" -> dev.contains(id);
            case "train" -> !dev.contains(id);
            case "tune" -> tune.contains(id);
            case "fit" -> train.contains(id) && !tune.contains(id);
            default -> throw new IllegalArgumentException("no split named " + name);
          };
      if (in) {
        out.add(p);
      }
    }
    return out;
  }

  List<StanceExample> examples(List<Pair> split) {
    List<StanceExample> examples = new ArrayList<>(split.size());
    for (Pair p : split) {
      examples.add(
          new StanceExample(p.headline(), bodies.getOrDefault(p.bodyId(), ""), p.stance()));
    }
    return examples;
  }
}
