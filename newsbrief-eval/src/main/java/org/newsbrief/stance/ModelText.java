package org.newsbrief.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The stance model file: a plain-text header (format, feature set and count, classes), the IDF
 * table ("stem df", sorted) and the trees. Line-oriented and sorted so that one training run gives
 * one file, byte for byte.
 */
final class ModelText {
  static final String FORMAT = "newsbrief-stance-model 1";

  private ModelText() {}

  static String write(FeatureSet set, Idf idf, BoostedTrees model) {
    StringBuilder out = new StringBuilder();
    out.append(FORMAT).append('\n');
    out.append("features ").append(set.name()).append(' ').append(StanceFeatures.count(set));
    out.append('\n').append("classes ").append(model.classes);
    for (double b : model.base) {
      out.append(' ').append(b);
    }
    out.append('\n').append("idf ").append(idf.documents()).append(' ');
    out.append(idf.frequencies().size()).append('\n');
    new TreeMap<>(idf.frequencies())
        .forEach((stem, df) -> out.append(stem).append(' ').append(df).append('\n'));
    out.append("trees ").append(model.trees.size()).append('\n');
    for (Tree tree : model.trees) {
      tree.write(out);
    }
    return out.toString();
  }

  record Parsed(FeatureSet set, Idf idf, BoostedTrees model) {}

  static Parsed read(BufferedReader in) throws IOException {
    String format = in.readLine();
    if (!FORMAT.equals(format)) {
      throw new IOException("not a stance model: first line is " + format);
    }
    String[] features = fields(in, "features");
    FeatureSet set = FeatureSet.valueOf(features[1]);
    if (Integer.parseInt(features[2]) != StanceFeatures.count(set)) {
      throw new IOException("model expects " + features[2] + " features for " + set);
    }
    String[] classes = fields(in, "classes");
    int k = Integer.parseInt(classes[1]);
    double[] base = new double[k];
    for (int i = 0; i < k; i++) {
      base[i] = Double.parseDouble(classes[2 + i]);
    }
    String[] idfHead = fields(in, "idf");
    Map<String, Integer> df = new TreeMap<>();
    for (int i = Integer.parseInt(idfHead[2]); i > 0; i--) {
      String[] f = fields(in, null);
      df.put(f[0], Integer.parseInt(f[1]));
    }
    int count = Integer.parseInt(fields(in, "trees")[1]);
    List<Tree> trees = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      trees.add(Tree.read(in));
    }
    return new Parsed(
        set, new Idf(Integer.parseInt(idfHead[1]), df), new BoostedTrees(k, base, trees));
  }

  /** The next line's space-separated fields; the first must be {@code keyword} when given. */
  static String[] fields(BufferedReader in, @Nullable String keyword) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException("stance model ends early");
    }
    String[] f = line.split(" ");
    if (keyword != null && !f[0].equals(keyword)) {
      throw new IOException("expected '" + keyword + "' but read: " + line);
    }
    return f;
  }
}
