package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalRegrouperTest {
  private static final LocalRegrouper REGROUPER =
      new LocalRegrouper(new Regrouping(0.15, 0.06, 0.3, 0.5, 0.2));

  private static long sequence;

  private static ArticleFeatures article(
      String id, Map<String, Double> terms, Map<String, Double> names) {
    return new ArticleFeatures(
        id,
        id,
        null,
        TermWeights.normalise(terms),
        null,
        Set.of(),
        sequence++,
        Map.of(),
        TermWeights.normalise(names),
        Map.of());
  }

  /** An earthquake in {@code place}: the topic's words everywhere, the place's name its own. */
  private static ArticleFeatures quake(String id, String place, String detail) {
    return article(
        id,
        Map.of("earthquake", 1.0, "magnitude", 0.8, "injured", 0.6, place, 0.7, detail, 0.4),
        Map.of(place, 1.0));
  }

  private static List<List<String>> ids(List<List<ArticleFeatures>> pieces) {
    return pieces.stream().map(p -> p.stream().map(ArticleFeatures::id).toList()).toList();
  }

  @Test
  void aGroupOfTwoEventsOfOneTopicSplitsByWhatTellsThemApart() {
    List<ArticleFeatures> members =
        List.of(
            quake("q1", "qeshm", "island"),
            quake("k1", "kerman", "villages"),
            quake("q2", "qeshm", "tremor"),
            quake("k2", "kerman", "tents"),
            quake("q3", "qeshm", "island"),
            quake("k3", "kerman", "villages"));

    assertThat(ids(REGROUPER.pieces(members)))
        .containsExactly(List.of("q1", "q2", "q3"), List.of("k1", "k2", "k3"));
  }

  @Test
  void oneEventStaysWholeThoughItsMembersDifferInDetail() {
    List<ArticleFeatures> members =
        List.of(
            quake("q1", "qeshm", "island"),
            quake("q2", "qeshm", "tremor"),
            quake("q3", "qeshm", "tents"),
            quake("q4", "qeshm", "villages"),
            quake("q5", "qeshm", "island"));

    assertThat(REGROUPER.pieces(members)).hasSize(1);
  }

  @Test
  void aStrayMemberJoinsThePieceNearestItInsteadOfStandingAlone() {
    List<ArticleFeatures> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(quake("q" + i, "qeshm", "island"));
      members.add(quake("k" + i, "kerman", "villages"));
    }
    members.add(
        article(
            "stray",
            Map.of("earthquake", 1.0, "kerman", 0.2, "aid", 1.0),
            Map.of("red crescent", 1.0)));

    List<List<String>> pieces = ids(REGROUPER.pieces(members));

    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(1)).contains("k0", "k1", "k2", "stray");
  }

  @Test
  void groupsBelowTheMinimumSizeAreLeftAlone() {
    List<ArticleFeatures> members =
        List.of(quake("q1", "qeshm", "island"), quake("k1", "kerman", "villages"));

    assertThat(REGROUPER.pieces(members)).hasSize(1);
  }

  @Test
  void localWeightsDropWhatOneMemberAloneOrEveryMemberHas() {
    List<Map<String, Double>> local =
        LocalRegrouper.local(
            List.of(
                Map.of("quake", 0.6, "qeshm", 0.8),
                Map.of("quake", 0.6, "qeshm", 0.8),
                Map.of("quake", 0.6, "kerman", 0.8)));

    assertThat(local.get(0)).containsOnlyKeys("qeshm");
    assertThat(local.get(0).get("qeshm")).isEqualTo(1.0);
    assertThat(local.get(2)).isEmpty();
  }
}
