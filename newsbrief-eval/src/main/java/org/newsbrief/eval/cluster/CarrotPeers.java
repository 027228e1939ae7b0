package org.newsbrief.eval.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Carrot2 4.5.1 as peers, set up as in the data README: each document has a title (its first line)
 * and its full text; bisecting k-means is told the gold number of stories, Lingo and STC are asked
 * for that many at most (Lingo for 100 at most). Clusters may overlap and leave documents out: a
 * document goes to the first cluster that holds it, and an unassigned document is a singleton.
 */
final class CarrotPeers {
  static final String VERSION = "4.5.1";

  /** Lingo refuses to be asked for more clusters than this. */
  private static final int MAX_LINGO_CLUSTERS = 100;

  private CarrotPeers() {}

  /** Each peer's scores, by peer name. */
  static Map<String, Map<String, Double>> run(List<LabelledDoc> docs, Map<String, String> gold)
      throws java.io.IOException {
    int stories = new HashSet<>(gold.values()).size();
    LanguageComponents english = LanguageComponents.loader().load().language("English");
    Map<String, Map<String, Double>> peers = new HashMap<>();
    BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
    kmeans.clusterCount.set(stories);
    put(peers, "carrot2_kmeans_told_k", kmeans, docs, gold, english);
    LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
    lingo.desiredClusterCount.set(Math.min(stories, MAX_LINGO_CLUSTERS));
    put(peers, "carrot2_lingo", lingo, docs, gold, english);
    STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
    stc.maxClusters.set(stories);
    put(peers, "carrot2_stc", stc, docs, gold, english);
    return peers;
  }

  /**
   * The B-cubed F1 of bisecting k-means told the gold number of stories of {@code docs} (a topic's
   * documents, for the per-topic comparison of {@link TopicPeers}); NaN when Carrot2 throws.
   */
  static double kmeansToldK(
      List<LabelledDoc> docs, Map<String, String> gold, LanguageComponents english) {
    BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
    kmeans.clusterCount.set((int) docs.stream().map(d -> gold.get(d.id())).distinct().count());
    try {
      return score(kmeans, docs, gold, english).getOrDefault("bcubed_f1", 0.0);
    } catch (RuntimeException e) {
      System.err.println("newsbrief: per-topic k-means failed: " + e);
      return Double.NaN;
    }
  }

  /**
   * Scores one peer; a peer that throws (Carrot2 4.5.1's sorts can break the comparator contract on
   * some inputs) is left out of the report and named on stderr.
   */
  private static void put(
      Map<String, Map<String, Double>> peers,
      String name,
      ClusteringAlgorithm algorithm,
      List<LabelledDoc> docs,
      Map<String, String> gold,
      LanguageComponents english) {
    try {
      peers.put(name, score(algorithm, docs, gold, english));
    } catch (RuntimeException e) {
      System.err.println("newsbrief: peer " + name + " failed: " + e);
    }
  }

  private static Map<String, Double> score(
      ClusteringAlgorithm algorithm,
      List<LabelledDoc> docs,
      Map<String, String> gold,
      LanguageComponents english) {
    List<Doc> input = docs.stream().map(Doc::new).toList();
    long start = System.nanoTime();
    List<Cluster<Doc>> clusters = algorithm.cluster(input.stream(), english);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Integer> predicted = new HashMap<>();
    int[] next = {0};
    clusters.forEach(c -> assign(c, predicted, next));
    for (Doc d : input) {
      predicted.computeIfAbsent(d.doc.id(), k -> next[0]++);
    }
    Map<String, Double> m = Partitions.score(predicted, gold);
    m.put("clusters", (double) new HashSet<>(predicted.values()).size());
    m.put("articles_per_s", docs.size() / Math.max(seconds, 1e-9));
    return m;
  }

  private static void assign(Cluster<Doc> cluster, Map<String, Integer> predicted, int[] next) {
    int label = next[0]++;
    for (Doc d : cluster.getDocuments()) {
      predicted.putIfAbsent(d.doc.id(), label);
    }
    cluster.getClusters().forEach(c -> assign(c, predicted, next));
  }

  /** A document seen by Carrot2: title (first line) and content (full text). */
  private static final class Doc implements Document {
    final LabelledDoc doc;

    Doc(LabelledDoc doc) {
      this.doc = doc;
    }

    @Override
    public void visitFields(BiConsumer<String, String> fields) {
      String text = doc.text();
      int nl = text.indexOf('\n');
      fields.accept("title", nl < 0 ? text : text.substring(0, nl));
      fields.accept("content", text);
    }
  }
}
