package org.newsbrief.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Story;

/**
 * An open story: the running sum of its members' term vectors (and embeddings), its time span and
 * what it needs to be labelled when it closes. The term sum is pruned to its strongest terms so
 * that a long story costs bounded memory.
 */
final class ActiveStory {
  private static final int KEPT_TERMS = 400;
  private static final int KEY_ENTITIES = 5;

  final String id;
  private final SubVector terms = new SubVector(KEPT_TERMS);
  private final float @Nullable [] embeddingSum;
  private final List<String> articles = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final EntityTally entities = new EntityTally(KEPT_TERMS);
  private final SubVector titleSum = new SubVector(KEPT_TERMS);
  private final SubVector nameSum = new SubVector(KEPT_TERMS);
  private final SubVector numberSum = new SubVector(KEPT_TERMS);
  private @Nullable LocalDate first;
  private @Nullable LocalDate last;
  private final @Nullable List<ArticleFeatures> members;
  Set<String> indexedTerms = Set.of();

  /**
   * A story with no article yet; {@code keepMembers} keeps each member's features so that the story
   * can be rebuilt when members move ({@link #reset}).
   */
  ActiveStory(String id, int embeddingDimensions, boolean keepMembers) {
    this.id = id;
    this.embeddingSum = embeddingDimensions > 0 ? new float[embeddingDimensions] : null;
    this.members = keepMembers ? new ArrayList<>() : null;
  }

  /** The kept members' features, in stream order (empty when members are not kept). */
  List<ArticleFeatures> members() {
    List<ArticleFeatures> m = members;
    return m == null ? List.of() : List.copyOf(m);
  }

  /** Empties this story and joins {@code features} again, in stream order. */
  void reset(List<ArticleFeatures> features) {
    terms.clear();
    float[] sum = embeddingSum;
    if (sum != null) {
      java.util.Arrays.fill(sum, 0f);
    }
    articles.clear();
    titles.clear();
    entities.clear();
    titleSum.clear();
    nameSum.clear();
    numberSum.clear();
    first = null;
    last = null;
    List<ArticleFeatures> m = members;
    if (m != null) {
      m.clear();
    }
    features.stream()
        .sorted(Comparator.comparingLong(ArticleFeatures::sequence))
        .forEach(this::join);
  }

  /** Cosine of this story's centroid with {@code other}'s. */
  double centroidCosine(ActiveStory other) {
    return terms.cosine(other.terms);
  }

  /** The centroid's term sums (read-only view), for looking up neighbouring stories. */
  Map<String, Double> termSums() {
    return terms.sums();
  }

  /**
   * Cosine of member {@code v} (unit length) with the centroid of the other members: 0 for a story
   * of one.
   */
  double termCosineWithout(Map<String, Double> v) {
    return articles.size() < 2 ? 0 : terms.cosineWithout(v);
  }

  /** Cosine of the term vector {@code v} (unit length) with this story's centroid. */
  double termCosine(Map<String, Double> v) {
    return terms.cosine(v);
  }

  /** Cosine of the embedding {@code e} (unit length) with this story's mean embedding. */
  double embeddingCosine(float[] e) {
    float[] sum = embeddingSum;
    if (sum == null) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    for (int i = 0; i < e.length; i++) {
      dot += e[i] * sum[i];
      norm += sum[i] * sum[i];
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  /**
   * Days between {@code date} and this story's time span; 0 inside it or when either is unknown.
   */
  long gapDays(@Nullable LocalDate date) {
    if (date == null || first == null || last == null) {
      return 0;
    }
    if (date.isAfter(last)) {
      return ChronoUnit.DAYS.between(last, date);
    }
    return date.isBefore(first) ? ChronoUnit.DAYS.between(date, first) : 0;
  }

  void join(ArticleFeatures a) {
    List<ArticleFeatures> m = members;
    if (m != null) {
      m.add(a);
    }
    terms.add(a.terms());
    float[] sum = embeddingSum;
    float[] e = a.embedding();
    if (sum != null && e != null) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += e[i];
      }
    }
    articles.add(a.id());
    titles.add(a.title());
    titleSum.add(a.titleTerms());
    nameSum.add(a.names());
    numberSum.add(a.numbers());
    entities.add(a.entities());
    LocalDate d = a.published();
    if (d != null) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
  }

  /** The {@code n} terms of the largest weight in the centroid, strongest first. */
  List<String> strongestTerms(int n) {
    return terms.strongest(n);
  }

  /** The sum of the members' headline vectors. */
  SubVector titles() {
    return titleSum;
  }

  /** The sum of the members' name vectors. */
  SubVector names() {
    return nameSum;
  }

  /** The sum of the members' number vectors. */
  SubVector numbers() {
    return numberSum;
  }

  @Nullable LocalDate first() {
    return first;
  }

  @Nullable LocalDate last() {
    return last;
  }

  int size() {
    return articles.size();
  }

  /**
   * The closed story: labelled by the member headline closest to the centroid (see {@link Labels}).
   */
  Story close() {
    String label =
        Labels.choose(titles, t -> termCosine(TermWeights.normalise(TermWeights.counts(t))));
    return new Story(id, label, first, last, entities.top(KEY_ENTITIES), articles);
  }
}
