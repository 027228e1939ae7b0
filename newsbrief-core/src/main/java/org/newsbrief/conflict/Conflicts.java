package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.newsbrief.analyze.TextKey;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * Finds claims the sources dispute, on any story. Every sentence of one article is paired with
 * every sentence of another, and with the sentences of its own article that give a different
 * speaker ("officials confirmed ...", "Iran denies ..."). The denying side must be a denial someone
 * states: a negation with a speaker ("officials say there is no ...") or an explicit denial ("Iran
 * denies ...", "... is not true"), not the narrative's own "did not"; one speaker is not paired
 * with itself. A pair conflicts when one denies what the other states ({@link Contradictions})
 * about the same matter: the two name no different people, places or years ({@link SameMatter}).
 * Conflicting pairs are grouped into topics by the words denied, the strongest topics first (most
 * articles involved, then the overlap of their pairs), at most {@value #MAX_TOPICS}, each shown
 * with up to two statements a side, preferring named, distinct speakers. Pass articles without
 * syndicated copies: a copy restating its original is not a second source.
 */
public final class Conflicts {
  static final int MAX_TOPICS = 4;
  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 80;

  private final QuoteFinder finder = new QuoteFinder();

  /** The disputed topics of {@code articles}. */
  public List<Conflict> of(List<AnalyzedArticle> articles) {
    return of(articles, SameMatter.of(articles));
  }

  /**
   * The disputed topics of {@code articles}, whose canonical entities are {@code entities}: what
   * {@code new Entities().of(articles)} gives for exactly these articles, so that a caller that has
   * them already does not tag the names twice.
   */
  public List<Conflict> of(List<AnalyzedArticle> articles, List<Entity> entities) {
    return of(articles, SameMatter.from(entities));
  }

  private List<Conflict> of(List<AnalyzedArticle> articles, SameMatter names) {
    IdentityHashMap<Statement, SameMatter.Matter> matters = new IdentityHashMap<>();
    List<Statement> statements = statements(articles, names, matters);
    List<ConflictTopic> topics = new ArrayList<>();
    for (ConflictTopic.Pair pair : pairs(statements, matters)) {
      ConflictTopic topic = null;
      for (ConflictTopic t : topics) {
        if (t.takes(pair)) {
          topic = t;
          break;
        }
      }
      if (topic == null) {
        topics.add(new ConflictTopic(pair));
      } else {
        topic.add(pair);
      }
    }
    topics.sort(
        Comparator.comparingInt(ConflictTopic::articles)
            .thenComparingDouble(ConflictTopic::weight)
            .reversed());
    List<Conflict> conflicts = new ArrayList<>();
    for (ConflictTopic t : topics.subList(0, Math.min(MAX_TOPICS, topics.size()))) {
      conflicts.add(t.conflict());
    }
    return conflicts;
  }

  private List<Statement> statements(
      List<AnalyzedArticle> articles,
      SameMatter names,
      IdentityHashMap<Statement, SameMatter.Matter> matters) {
    List<Statement> statements = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      for (Sentence s : a.sentences()) {
        String text = s.text();
        int tokens = text.split("\\s+").length;
        if (tokens < MIN_TOKENS || tokens > MAX_TOKENS || !seen.add(TextKey.of(text))) {
          continue;
        }
        String speaker = finder.reportingSource(text);
        Statement statement = Statement.of(a.article().id(), text, speaker);
        statements.add(statement);
        matters.put(statement, names.matter(a.article().id(), s.index(), text, speaker));
      }
    }
    return statements;
  }

  /**
   * Every candidate disputed claim of {@code articles} with the features the claim judge reads:
   * pairs whose denying side is stated by someone or explicit and denies a predicate the other side
   * states, at a looser overlap than a shown conflict needs. For evaluation and training.
   */
  public List<ClaimPair> candidates(List<AnalyzedArticle> articles) {
    IdentityHashMap<Statement, SameMatter.Matter> matters = new IdentityHashMap<>();
    List<Statement> statements = statements(articles, SameMatter.of(articles), matters);
    List<ClaimPair> out = new ArrayList<>();
    for (Statement[] pair : candidatePairs(statements)) {
      boolean conflicting =
          Contradictions.score(pair[0], pair[1]) > 0
              && !matter(matters, pair[0]).clashes(matter(matters, pair[1]));
      double[] f =
          ClaimFeatures.of(pair[0], pair[1], matter(matters, pair[0]), matter(matters, pair[1]));
      out.add(
          new ClaimPair(
              pair[0].article(),
              pair[0].text(),
              pair[1].article(),
              pair[1].text(),
              conflicting,
              java.util.Arrays.stream(f).boxed().toList()));
    }
    return out;
  }

  /** Conflicting pairs of statements from different articles, strongest first. */
  private static List<ConflictTopic.Pair> pairs(
      List<Statement> statements, IdentityHashMap<Statement, SameMatter.Matter> matters) {
    List<ConflictTopic.Pair> pairs = new ArrayList<>();
    for (Statement[] pair : candidatePairs(statements)) {
      Statement affirms = pair[0];
      Statement denies = pair[1];
      double score = Contradictions.score(affirms, denies);
      if (score > 0 && !matter(matters, affirms).clashes(matter(matters, denies))) {
        pairs.add(
            new ConflictTopic.Pair(affirms, denies, Contradictions.denied(affirms, denies), score));
      }
    }
    pairs.sort(Comparator.comparingDouble(ConflictTopic.Pair::score).reversed());
    return pairs;
  }

  /**
   * Pairs {affirms, denies} where the denying side has a speaker or denies explicitly, the two are
   * not one speaker (nor one article without two speakers), and {@link Contradictions#candidate}
   * holds.
   */
  private static List<Statement[]> candidatePairs(List<Statement> statements) {
    List<Statement[]> pairs = new ArrayList<>();
    for (Statement denies : statements) {
      if (!denies.denies() || denies.speaker().isEmpty() && !denies.explicit()) {
        continue;
      }
      for (Statement affirms : statements) {
        boolean sameArticle = affirms.article().equals(denies.article());
        if (sameArticle && !twoSpeakers(affirms, denies) || sameSpeaker(affirms, denies)) {
          continue;
        }
        if (Contradictions.candidate(affirms, denies)) {
          pairs.add(new Statement[] {affirms, denies});
        }
      }
    }
    return pairs;
  }

  private static SameMatter.Matter matter(
      IdentityHashMap<Statement, SameMatter.Matter> matters, Statement s) {
    return matters.getOrDefault(s, SameMatter.Matter.NONE);
  }

  /** Whether both statements name a speaker, and not the same one. */
  private static boolean twoSpeakers(Statement a, Statement b) {
    return !a.speaker().isEmpty() && !b.speaker().isEmpty() && !a.speaker().equals(b.speaker());
  }

  /**
   * Whether both statements name a speaker and one name holds the other ("Tyson", "Tyson Foods").
   */
  private static boolean sameSpeaker(Statement a, Statement b) {
    String x = a.speaker().toLowerCase(java.util.Locale.ROOT);
    String y = b.speaker().toLowerCase(java.util.Locale.ROOT);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  /** A side of a conflict: the statement with its speaker, if any. */
  static ConflictSide side(Statement s, String stance) {
    Speaker speaker = s.speaker().isEmpty() ? null : new Speaker(null, s.speaker(), null);
    return new ConflictSide(s.text(), speaker, List.of(s.article()), stance);
  }
}
