package org.newsbrief.eval.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;
import org.newsbrief.eval.entities.EcbDocument.GoldMention;

/**
 * Cross-document entity coreference on ECB+: each system reads the documents of one gold topic at a
 * time and returns its entities as token spans; those are put onto the gold entity mentions of the
 * reviewed sentences ({@link Alignment}) and scored with MUC, B-cubed, CEAF-e and the CoNLL F1
 * (their mean) over all topics at once, singletons included. {@code mention_recall} is the share of
 * gold mentions a system mention met; the {@code names_} metrics score only gold mentions written
 * as capitalised names. Options: {@code limit} (topics, in number order), {@code sentences=all} to
 * score every annotated sentence, {@code peers} (see {@link Peers#of}).
 */
public final class EntitiesTask implements EvalTask {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String description() {
    return "ECB+ cross-document entity coreference (MUC, B-cubed, CEAF-e, CoNLL F1)";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    int limit = EvalOptions.limit(options);
    boolean reviewedOnly = !"all".equals(options.get("sentences"));
    EcbCorpus corpus = EcbCorpus.read(data, limit, reviewedOnly);
    NewsbriefEntities newsbrief = new NewsbriefEntities(true);
    Map<String, Double> system = score(corpus, newsbrief::entities);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    for (EntityPeer peer : Peers.of(EntityPeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = score(corpus, peer::entities);
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    peers.put("baseline_singletons", score(corpus, topic -> List.of()));
    peers.put("rule_names", score(corpus, new NewsbriefEntities(false)::entities));
    return new EvalReport(name(), data.toString(), system, peers);
  }

  private static Map<String, Double> score(
      EcbCorpus corpus, Function<List<EntityDocument>, List<List<MentionSpan>>> system) {
    List<GoldMention> gold = new ArrayList<>();
    List<Set<Integer>> response = new ArrayList<>();
    Set<Integer> aligned = new HashSet<>();
    long tokens = 0;
    long nanos = 0;
    for (EcbCorpus.Topic topic : corpus.topics()) {
      long start = System.nanoTime();
      List<List<MentionSpan>> entities = system.apply(topic.documents());
      nanos += System.nanoTime() - start;
      tokens += topic.tokens();
      int offset = gold.size();
      Set<Integer> topicAligned = new HashSet<>();
      for (Set<Integer> cluster : Alignment.response(topic.mentions(), entities, topicAligned)) {
        response.add(shift(cluster, offset));
      }
      aligned.addAll(shift(topicAligned, offset));
      gold.addAll(topic.mentions());
    }
    Map<String, Double> metrics = new TreeMap<>();
    metrics.putAll(metrics("", key(gold, i -> true), response));
    metrics.put("mention_recall", aligned.size() / (double) Math.max(1, gold.size()));
    Set<Integer> names = new HashSet<>();
    for (int i = 0; i < gold.size(); i++) {
      if (EcbCorpus.isName(gold.get(i).text())) {
        names.add(i);
      }
    }
    metrics.putAll(metrics("names_", key(gold, names::contains), restrict(response, names)));
    Set<Integer> namesAligned = new HashSet<>(aligned);
    namesAligned.retainAll(names);
    metrics.put("names_mention_recall", namesAligned.size() / (double) Math.max(1, names.size()));
    metrics.put("tokens_per_s", tokens / Math.max(nanos / 1e9, 1e-9));
    metrics.put("documents", (double) corpus.documents());
    return metrics;
  }

  private static Map<String, Double> metrics(
      String prefix, List<Set<Integer>> key, List<Set<Integer>> response) {
    double muc = CorefMetrics.muc(key, response).f1();
    double bcubed = CorefMetrics.bcubed(key, response).f1();
    double ceafe = CorefMetrics.ceafe(key, response).f1();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(prefix + "muc_f1", muc);
    out.put(prefix + "bcubed_f1", bcubed);
    out.put(prefix + "ceafe_f1", ceafe);
    out.put(prefix + "conll_f1", (muc + bcubed + ceafe) / 3);
    return out;
  }

  private static List<Set<Integer>> key(
      List<GoldMention> gold, java.util.function.IntPredicate keep) {
    Map<String, Set<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      if (keep.test(i)) {
        clusters.computeIfAbsent(gold.get(i).cluster(), k -> new HashSet<>()).add(i);
      }
    }
    return new ArrayList<>(clusters.values());
  }

  private static List<Set<Integer>> restrict(List<Set<Integer>> clusters, Set<Integer> keep) {
    List<Set<Integer>> out = new ArrayList<>();
    for (Set<Integer> c : clusters) {
      Set<Integer> kept = new HashSet<>(c);
      kept.retainAll(keep);
      if (!kept.isEmpty()) {
        out.add(kept);
      }
    }
    return out;
  }

  private static Set<Integer> shift(Set<Integer> ids, int offset) {
    Set<Integer> out = new HashSet<>();
    ids.forEach(i -> out.add(i + offset));
    return out;
  }
}
