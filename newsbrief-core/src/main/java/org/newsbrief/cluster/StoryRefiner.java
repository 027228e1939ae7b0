package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Bounded k-means-style refinement of the open stories: every kept member is compared with the rest
 * of its own story (itself left out) and with the stories its strongest terms find in the index,
 * and moves to a better story that reaches the threshold. Moves of one pass are decided on the
 * centroids as they were at the start of the pass, then applied together. The single pass decides
 * each article once, on the stories as they were when it arrived; this undoes early joins that
 * later articles show to be wrong. Cost per pass: one candidate search per open member.
 */
final class StoryRefiner {
  private final StoryIndex index;
  private final double threshold;
  private final ToDoubleBiFunction<ArticleFeatures, ActiveStory> similarity;
  private final ToDoubleBiFunction<ArticleFeatures, ActiveStory> ownSimilarity;

  /**
   * A refiner over the stories of {@code index}; {@code similarity} scores an article against a
   * story it is not a member of.
   */
  StoryRefiner(
      StoryIndex index,
      double threshold,
      ToDoubleBiFunction<ArticleFeatures, ActiveStory> similarity) {
    this(index, threshold, similarity, (a, own) -> own.termCosineWithout(a.terms()));
  }

  /**
   * A refiner that scores a member against its own story (itself left out) with {@code
   * ownSimilarity}.
   */
  StoryRefiner(
      StoryIndex index,
      double threshold,
      ToDoubleBiFunction<ArticleFeatures, ActiveStory> similarity,
      ToDoubleBiFunction<ArticleFeatures, ActiveStory> ownSimilarity) {
    this.index = index;
    this.threshold = threshold;
    this.similarity = similarity;
    this.ownSimilarity = ownSimilarity;
  }

  /**
   * Runs up to {@code passes} passes over {@code open} (stopping when nothing moves) and returns
   * the stories left empty, which the caller drops.
   */
  List<ActiveStory> refine(Collection<ActiveStory> open, int passes) {
    List<ActiveStory> emptied = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      Map<ActiveStory, List<ArticleFeatures>> members = moves(List.copyOf(open));
      if (members.isEmpty()) {
        break;
      }
      members.forEach(
          (story, kept) -> {
            if (kept.isEmpty()) {
              index.remove(story);
              emptied.add(story);
            } else {
              story.reset(kept);
              index.update(story);
            }
          });
    }
    return emptied;
  }

  /**
   * Merges pairs of open stories whose centroids' cosine reaches {@code minimum}, closest pairs
   * first, each story at most once per round, for up to {@code rounds} rounds; returns the stories
   * merged away (emptied), which the caller drops. The story with the earlier first member keeps
   * its id.
   */
  List<ActiveStory> merge(Collection<ActiveStory> open, double minimum, int rounds) {
    return merge(open, ActiveStory::centroidCosine, minimum, rounds);
  }

  /** As {@link #merge(Collection, double, int)} with the pair scored by {@code score}. */
  List<ActiveStory> merge(
      Collection<ActiveStory> open,
      ToDoubleBiFunction<ActiveStory, ActiveStory> score,
      double minimum,
      int rounds) {
    List<ActiveStory> gone = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<ActiveStory> stories = new ArrayList<>(open);
      stories.removeAll(gone);
      List<Pair> pairs = new ArrayList<>();
      for (ActiveStory a : stories) {
        for (ActiveStory b : index.candidates(a.termSums())) {
          double c = a.id.compareTo(b.id) < 0 ? score.applyAsDouble(a, b) : 0;
          if (a.id.compareTo(b.id) < 0 && c >= minimum) {
            pairs.add(new Pair(a, b, c));
          }
        }
      }
      if (pairs.isEmpty()) {
        break;
      }
      pairs.sort(
          java.util.Comparator.comparingDouble(Pair::cosine)
              .reversed()
              .thenComparing(p -> p.a().id)
              .thenComparing(p -> p.b().id));
      java.util.Set<ActiveStory> touched = new java.util.HashSet<>();
      for (Pair p : pairs) {
        if (!touched.contains(p.a()) && !touched.contains(p.b())) {
          touched.addAll(List.of(p.a(), p.b()));
          gone.add(join(p.a(), p.b()));
        }
      }
    }
    return gone;
  }

  /** Moves the later story's members into the earlier one and returns the emptied story. */
  private ActiveStory join(ActiveStory a, ActiveStory b) {
    boolean aFirst = a.members().get(0).sequence() <= b.members().get(0).sequence();
    ActiveStory keep = aFirst ? a : b;
    ActiveStory drop = aFirst ? b : a;
    List<ArticleFeatures> all = new ArrayList<>(keep.members());
    all.addAll(drop.members());
    keep.reset(all);
    index.remove(drop);
    index.update(keep);
    return drop;
  }

  private record Pair(ActiveStory a, ActiveStory b, double cosine) {}

  /** The new members of every story that changes in one pass; empty when nothing moves. */
  private Map<ActiveStory, List<ArticleFeatures>> moves(List<ActiveStory> stories) {
    Map<ActiveStory, List<ArticleFeatures>> changed = new LinkedHashMap<>();
    Map<ArticleFeatures, ActiveStory> target = new HashMap<>();
    for (ActiveStory story : stories) {
      for (ArticleFeatures a : story.members()) {
        ActiveStory better = better(a, story);
        if (better != null) {
          target.put(a, better);
          changed.computeIfAbsent(story, s -> new ArrayList<>(s.members())).remove(a);
        }
      }
    }
    target.forEach(
        (a, story) -> changed.computeIfAbsent(story, s -> new ArrayList<>(s.members())).add(a));
    return changed;
  }

  /** The story {@code a} fits better than its own, if one reaches the threshold. */
  private @org.jspecify.annotations.Nullable ActiveStory better(
      ArticleFeatures a, ActiveStory own) {
    double best = Math.max(threshold, ownSimilarity.applyAsDouble(a, own));
    ActiveStory found = null;
    for (ActiveStory other : index.candidates(a.terms())) {
      if (other == own) {
        continue;
      }
      double s = similarity.applyAsDouble(a, other);
      if (s > best || (s == best && found != null && other.id.compareTo(found.id) < 0)) {
        best = s;
        found = other;
      }
    }
    return found;
  }
}
