package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateModelTest {
  private static final String PAGE =
      "<html><head><meta property='article:published_time' content='2019-10-18T22:04:00Z'>"
          + "<meta property='article:modified_time' content='2019-11-02T08:00:00+02:00'>"
          + "</head><body><h1>Talks go on</h1><p class='date'>17 October 2019</p>"
          + "<p>Officials said on Monday that the talks would go on.</p></body></html>";

  private static double[] weights(String name, double weight, double bias) {
    double[] w = new double[DateModel.featureNames().size()];
    w[0] = bias;
    w[DateModel.featureNames().indexOf(name)] = weight;
    return w;
  }

  private static List<LocalDate> dates(DateModel.PageDates page) {
    return page.candidates().stream().map(DateModel.PageDate::date).toList();
  }

  @Test
  void candidatesComeFromMetaTagsShownDatesAndTheModifiedDate() {
    DateModel.PageDates page = DateModel.candidates(PAGE, true);
    // the UTC stamp moved into the page's zone (+02:00, from the modified stamp), and the UTC day
    assertThat(page.rules()).isEqualTo(LocalDate.of(2019, 10, 19));
    assertThat(dates(page))
        .containsExactlyInAnyOrder(
            LocalDate.of(2019, 10, 19),
            LocalDate.of(2019, 10, 18),
            LocalDate.of(2019, 10, 17),
            LocalDate.of(2019, 11, 2));
  }

  @Test
  void shownDatesAreReadOnlyWhenAskedOrWhenNothingIsDeclared() {
    assertThat(dates(DateModel.candidates(PAGE, false)))
        .containsExactlyInAnyOrder(
            LocalDate.of(2019, 10, 19), LocalDate.of(2019, 10, 18), LocalDate.of(2019, 11, 2));
    String undeclared = "<html><body><h1>T</h1><p class='date'>17 October 2019</p></body></html>";
    assertThat(dates(DateModel.candidates(undeclared, false)))
        .containsExactly(LocalDate.of(2019, 10, 17));
  }

  @Test
  void choosesTheBestScoringCandidateAndNoneBelowZero() {
    List<DateModel.PageDate> candidates = DateModel.candidates(PAGE, true).candidates();
    assertThat(DateModel.of(weights("named", 1, 0)).choose(candidates))
        .isEqualTo(LocalDate.of(2019, 10, 17));
    assertThat(DateModel.of(weights("modified", 1, 0)).choose(candidates))
        .isEqualTo(LocalDate.of(2019, 11, 2));
    assertThat(DateModel.of(weights("rules", 1, -0.5)).choose(candidates))
        .isEqualTo(LocalDate.of(2019, 10, 19));
    assertThat(DateModel.of(weights("utc_day", 1, 0)).choose(candidates))
        .isEqualTo(LocalDate.of(2019, 10, 18));
    assertThat(DateModel.of(weights("rules", 1, -2)).choose(candidates)).isNull();
  }

  @Test
  void theCleanerDatesAPageWithTheModelItIsGiven() {
    org.newsbrief.model.RawDocument page =
        org.newsbrief.model.RawDocument.of("p", org.newsbrief.model.SourceFormat.HTML, PAGE);
    DateModel named = DateModel.of(weights("named", 1, 0));
    assertThat(new NewsCleaner(false, null, null, null).extract(page).published())
        .isEqualTo(LocalDate.of(2019, 10, 19));
    assertThat(new NewsCleaner(false, null, null, named).extract(page).published())
        .isEqualTo(LocalDate.of(2019, 10, 17));
  }

  @Test
  void readsBackTheWeightsItWrites() throws Exception {
    StringWriter out = new StringWriter();
    DateModel.of(weights("named", 1, 0)).write(out);
    DateModel back = DateModel.read(new java.io.StringReader(out.toString()));
    assertThat(back.choose(DateModel.candidates(PAGE, true).candidates()))
        .isEqualTo(LocalDate.of(2019, 10, 17));
  }

  @Test
  void writesOneWeightPerFeatureAndRefusesAWrongCount() throws Exception {
    StringWriter out = new StringWriter();
    DateModel.of(weights("rules", 1, 0)).write(out);
    assertThat(out.toString().lines().filter(l -> !l.startsWith("#")).count())
        .isEqualTo(DateModel.featureNames().size());
    assertThatThrownBy(() -> DateModel.of(new double[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyPagesWhoseDeclaredDatesDisagreeAreRanked() {
    DateModel.PageDates two = DateModel.gated(PAGE);
    assertThat(two.ranked()).isTrue();
    assertThat(dates(two)).hasSize(4);
    String one =
        "<html><head><meta property='article:published_time' content='2019-10-18T10:00:00Z'>"
            + "</head><body><h1>T</h1><p class='date'>17 October 2019</p></body></html>";
    DateModel.PageDates single = DateModel.gated(one);
    assertThat(single.ranked()).isFalse();
    assertThat(single.candidates()).isEmpty();
    DateModel named = DateModel.of(weights("named", 1, 0));
    assertThat(named.choose(single)).isEqualTo(LocalDate.of(2019, 10, 18));
    assertThat(named.choose(two)).isEqualTo(LocalDate.of(2019, 10, 17));
  }
}
