package org.newsbrief.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The split step at finish: each open story of at least {@link #MIN_SIZE} members is bisected by
 * 2-means on its members' term vectors, and split in two when the merge score of the two halves is
 * below the cutoff (the halves would not have been merged). Bounded per story: at most {@link
 * #MAX_MEMBERS} members and {@link #ITERATIONS} assignment rounds, so the cost is linear in the
 * open members.
 */
final class StorySplitter {
  /** Stories smaller than this are not split. */
  static final int MIN_SIZE = 4;

  /** Stories larger than this are not split (bounds the cost at finish). */
  static final int MAX_MEMBERS = 500;

  private static final int ITERATIONS = 10;

  private final StoryIndex index;
  private final ToDoubleBiFunction<ActiveStory, ActiveStory> score;
  private final double cutoff;

  /**
   * A splitter over the stories of {@code index} that keeps the halves together when {@code score}
   * reaches {@code cutoff}.
   */
  StorySplitter(
      StoryIndex index, ToDoubleBiFunction<ActiveStory, ActiveStory> score, double cutoff) {
    this.index = index;
    this.score = score;
    this.cutoff = cutoff;
  }

  /**
   * Splits the stories of {@code open} that should be split: the first half stays in the story, the
   * second goes to a new story (indexed, named after its first member) which is returned for the
   * caller to open.
   */
  List<ActiveStory> split(Collection<ActiveStory> open) {
    List<ActiveStory> added = new ArrayList<>();
    for (ActiveStory story : List.copyOf(open)) {
      ActiveStory[] halves = bisect(story);
      if (halves != null && score.applyAsDouble(halves[0], halves[1]) < cutoff) {
        story.reset(halves[0].members());
        index.update(story);
        index.update(halves[1]);
        added.add(halves[1]);
      }
    }
    return added;
  }

  /**
   * The two halves of {@code story} by 2-means on term vectors, seeded with the member farthest
   * from the centroid and the member farthest from that one; {@code null} when the story is too
   * small or too large, or a half is empty. The half holding the story's first member comes first.
   */
  static ActiveStory @Nullable [] bisect(ActiveStory story) {
    List<ArticleFeatures> members = story.members();
    if (members.size() < MIN_SIZE || members.size() > MAX_MEMBERS) {
      return null;
    }
    ArticleFeatures a = farthest(members, story);
    ActiveStory seed = half(story.id, List.of(a));
    ArticleFeatures b = farthest(members, seed);
    ActiveStory x = seed;
    ActiveStory y = half(story.id + "/" + b.id(), List.of(b));
    boolean[] inX = new boolean[members.size()];
    for (int round = 0; round < ITERATIONS; round++) {
      boolean changed = false;
      List<ArticleFeatures> xs = new ArrayList<>();
      List<ArticleFeatures> ys = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        ArticleFeatures m = members.get(i);
        boolean toX = x.termCosine(m.terms()) >= y.termCosine(m.terms());
        changed |= round == 0 || toX != inX[i];
        inX[i] = toX;
        (toX ? xs : ys).add(m);
      }
      if (xs.isEmpty() || ys.isEmpty()) {
        return null;
      }
      x = half(story.id, xs);
      y = half(story.id + "/" + ys.get(0).id(), ys);
      if (!changed) {
        break;
      }
    }
    boolean xFirst = x.members().get(0).sequence() <= y.members().get(0).sequence();
    ActiveStory first = xFirst ? x : y;
    ActiveStory second = xFirst ? y : x;
    return new ActiveStory[] {
      half(story.id, first.members()),
      half("s-" + second.members().get(0).id() + "-split", second.members())
    };
  }

  private static ArticleFeatures farthest(List<ArticleFeatures> members, ActiveStory from) {
    ArticleFeatures far = members.get(0);
    double lowest = Double.MAX_VALUE;
    for (ArticleFeatures m : members) {
      double c = from.termCosine(m.terms());
      if (c < lowest) {
        lowest = c;
        far = m;
      }
    }
    return far;
  }

  /** A story {@code id} of {@code members} that keeps its members (not indexed). */
  static ActiveStory half(String id, List<ArticleFeatures> members) {
    ActiveStory s = new ActiveStory(id, 0, true);
    s.reset(members);
    return s;
  }
}
