package org.newsbrief.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsbrief.model.Article;
import org.newsbrief.model.Story;

class StoryClustererTest {
  private static final String KERRY_1 =
      "Secretary Kerry said Iran and the United States discussed the Islamic"
          + " State on the sidelines of nuclear talks in Vienna.";
  private static final String KERRY_2 =
      "Iran denied that it discussed the Islamic State with the United States"
          + " in Vienna, where nuclear talks with Kerry continued.";
  private static final String QUAKE_1 =
      "A magnitude 6.1 earthquake struck northern Chile on Tuesday, damaging"
          + " homes in Iquique and cutting power across the region.";
  private static final String QUAKE_2 =
      "Rescuers in Iquique searched damaged homes after the Chile earthquake"
          + " cut power across the northern region.";

  private static final LocalDate DAY = LocalDate.of(2014, 11, 6);

  private static String add(StoryClusterer c, String id, LocalDate date, String text) {
    return c.add(id, id, date, text);
  }

  @Test
  void articlesJoinTheirStoryAsTheyArrive() {
    StoryClusterer clusterer = new StoryClusterer();

    String a = add(clusterer, "a", DAY, KERRY_1);
    String c = add(clusterer, "c", DAY.plusDays(1), QUAKE_1);
    String b = add(clusterer, "b", DAY.plusDays(1), KERRY_2);
    String d = add(clusterer, "d", DAY.plusDays(2), QUAKE_2);

    assertThat(b).isEqualTo(a).isEqualTo("s-a");
    assertThat(d).isEqualTo(c).isNotEqualTo(a);
    assertThat(clusterer.openStories()).isEqualTo(2);
    List<Story> stories = clusterer.finish();
    assertThat(stories)
        .extracting(Story::articles)
        .containsOnly(List.of("a", "b"), List.of("c", "d"));
    Story kerry = stories.stream().filter(s -> s.id().equals("s-a")).findFirst().orElseThrow();
    assertThat(kerry.first()).isEqualTo(DAY);
    assertThat(kerry.last()).isEqualTo(DAY.plusDays(1));
    assertThat(kerry.entities()).contains("Iran", "Islamic State", "United States", "Vienna");
  }

  @Test
  void articlesMonthsApartStartANewStory() {
    StoryClusterer clusterer =
        new StoryClusterer(StoryOptions.defaults().withWindow(100, 3650), null);

    String a = add(clusterer, "a", DAY, KERRY_1);
    String sameWeek = add(clusterer, "b", DAY.plusDays(2), KERRY_2);
    String weeksLater = add(clusterer, "c", DAY.plusDays(150), KERRY_2);

    assertThat(sameWeek).isEqualTo(a);
    assertThat(weeksLater).isNotEqualTo(a);
  }

  @Test
  void undatedArticlesAreNotHeldApartByTime() {
    StoryClusterer clusterer = new StoryClusterer();

    String a = add(clusterer, "a", DAY, KERRY_1);
    String b = clusterer.add("b", "b", null, KERRY_2);

    assertThat(b).isEqualTo(a);
  }

  @Test
  void storiesOlderThanTheWindowAreClosedAndEvicted() {
    StoryClusterer clusterer =
        new StoryClusterer(StoryOptions.defaults().withWindow(100, 10), null);

    add(clusterer, "a", DAY, KERRY_1);
    add(clusterer, "c", DAY.plusDays(5), QUAKE_1);
    assertThat(clusterer.takeClosed()).isEmpty();

    String late = add(clusterer, "b", DAY.plusDays(12), KERRY_2);

    assertThat(late).isNotEqualTo("s-a");
    assertThat(clusterer.takeClosed()).extracting(Story::id).containsExactly("s-a");
    assertThat(clusterer.openStories()).isEqualTo(2);
  }

  @Test
  void aBatchThatFitsTheWindowIsClusteredWholeSoALateArticleStillJoinsItsStory() {
    LocalDate late = DAY.plusDays(StoryOptions.defaults().windowDays() + 5);
    List<Article> articles =
        List.of(
            article("a", DAY, KERRY_1),
            article("b", DAY.plusDays(1), KERRY_2),
            article("c", late, KERRY_1));
    StoryClusterer stream = new StoryClusterer();
    String a = stream.add(articles.get(0));
    stream.add(articles.get(1));
    assertThat(stream.add(articles.get(2))).as("the stream closed s-a").isNotEqualTo(a);

    List<Story> batch = StoryBatches.cluster(articles, StoryOptions.defaults(), null);

    assertThat(batch).extracting(Story::articles).containsExactly(List.of("a", "b", "c"));
  }

  private static Article article(String id, LocalDate date, String text) {
    return new Article(id, id + ".txt", id, null, date, List.of(text));
  }

  @Test
  void theCountWindowClosesTheLeastRecentlyUpdatedStory() {
    StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults().withWindow(1, 365), null);

    add(clusterer, "a", DAY, KERRY_1);
    add(clusterer, "c", DAY, QUAKE_1);

    assertThat(clusterer.openStories()).isEqualTo(1);
    assertThat(clusterer.takeClosed()).extracting(Story::id).containsExactly("s-a");
    assertThat(add(clusterer, "b", DAY, KERRY_2)).isNotEqualTo("s-a");
  }

  @Test
  void timeFactorIsOneWithinTheGraceAndHalvesEveryHalfLife() {
    StoryOptions o = StoryOptions.defaults();
    assertThat(o.timeFactor(o.graceDays())).isEqualTo(1.0);
    assertThat(o.timeFactor(-(o.graceDays() + (long) o.halfLifeDays()))).isEqualTo(0.5);
  }

  @Test
  void rejectsThresholdsOutsideTheOpenUnitIntervalAndAWeightWithoutEmbedder() {
    assertThatThrownBy(() -> StoryOptions.defaults().withThreshold(0))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> StoryOptions.defaults().withThreshold(1))
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> new StoryClusterer(StoryOptions.defaults().withEmbedding(0.3), null))
        .hasMessageContaining("embedder");
  }

  @Test
  void finishRefinesUnlessRefinementIsOff() {
    String quakeLate =
        "Power came back to Iquique after the Chile earthquake; rescuers ended their search.";
    for (int passes : new int[] {0, StoryOptions.DEFAULT_REFINE_PASSES}) {
      StoryClusterer clusterer =
          new StoryClusterer(StoryOptions.defaults().withRefinement(passes), null);
      add(clusterer, "a", DAY, QUAKE_1);
      add(clusterer, "b", DAY, KERRY_1);
      add(clusterer, "c", DAY, QUAKE_2);
      add(clusterer, "d", DAY, quakeLate);
      List<Story> stories = clusterer.finish();
      assertThat(stories)
          .flatExtracting(Story::articles)
          .containsExactlyInAnyOrder("a", "b", "c", "d");
      assertThat(stories).allSatisfy(s -> assertThat(s.articles()).isNotEmpty());
    }
  }

  @Test
  void theLearnedModelAppliesOnlyToStreamsThatFinishWithoutEmbeddings() {
    StoryOptions d = StoryOptions.defaults();

    assertThat(d.learned()).isTrue();
    assertThat(d.usesLearnedModel()).isTrue();
    assertThat(d.withLearned(false).usesLearnedModel()).isFalse();
    assertThat(d.withRefinement(0).usesLearnedModel()).isFalse();
    assertThat(d.withEmbedding(0.3).usesLearnedModel()).isFalse();
    assertThat(d.withThreshold(0.4).withWindow(5, 5).learned()).isTrue();
  }

  @Test
  void theLearnedAndTheCosineRulesBothSeparateUnrelatedStories() {
    for (boolean learned : new boolean[] {true, false}) {
      StoryClusterer clusterer =
          new StoryClusterer(StoryOptions.defaults().withLearned(learned), null);
      add(clusterer, "a", DAY, KERRY_1);
      add(clusterer, "c", DAY, QUAKE_1);
      add(clusterer, "b", DAY, KERRY_2);
      add(clusterer, "d", DAY, QUAKE_2);

      assertThat(clusterer.finish())
          .extracting(Story::articles)
          .containsOnly(List.of("a", "b"), List.of("c", "d"));
    }
  }

  /** Two Iranian earthquakes (Qeshm 2008, Kerman 2005) told in the same words but for the names. */
  private static List<Story> twoQuakesFinished(StoryOptions options) {
    StoryClusterer clusterer = new StoryClusterer(options, null);
    String[][] places = {
      {"Qeshm", "Hormozgan", "5.6"}, {"Zarand", "Kerman", "6.4"},
    };
    for (int i = 0; i < 8; i++) {
      String[] p = places[i % 2];
      add(
          clusterer,
          "q" + i,
          null,
          "A strong earthquake of magnitude "
              + p[2]
              + " struck "
              + p[0]
              + " in "
              + p[1]
              + " province in southern Iran on Sunday, injuring villagers, state television said."
              + " Rescue workers reached "
              + p[0]
              + " and "
              + p[1]
              + " officials counted the damaged homes "
              + (i < 2 ? "." : "again (report " + i + ")."));
    }
    return clusterer.finish();
  }

  @Test
  void regroupingAtFinishSplitsTwoEventsOfOneTopicThatTheStreamJoined() {
    StoryOptions cosineRule = StoryOptions.defaults().withLearned(false);

    assertThat(twoQuakesFinished(cosineRule.withRegroup(0))).hasSize(1);
    List<Story> regrouped = twoQuakesFinished(cosineRule);
    assertThat(regrouped).hasSize(2);
    assertThat(regrouped.get(0).articles()).containsExactlyInAnyOrder("q0", "q2", "q4", "q6");
  }

  @Test
  void theCosineRuleKeepsNameVectorsOnlyWhenRegroupingReadsThem() {
    StoryOptions cosineRule = StoryOptions.defaults().withLearned(false);
    StoryClusterer regrouping = new StoryClusterer(cosineRule, null);
    StoryClusterer plain = new StoryClusterer(cosineRule.withRegroup(0), null);
    add(regrouping, "k1", DAY, KERRY_1);
    add(plain, "k1", DAY, KERRY_1);

    assertThat(regrouping.open().iterator().next().names().isEmpty()).isFalse();
    assertThat(plain.open().iterator().next().names().isEmpty()).isTrue();
  }
}
