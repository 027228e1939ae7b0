package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BylineFeaturesTest {
  private static BylineCandidates.Found found(String value, int source, int position) {
    BylineCandidates.Found f = new BylineCandidates.Found(value, position);
    f.sources[source] = true;
    return f;
  }

  @Test
  void namesEveryFeatureOnceWithTheSourcesAfterTheBias() {
    assertThat(BylineFeatures.NAMES).doesNotHaveDuplicates().startsWith("bias", "jsonld");
    assertThat(BylineFeatures.NAMES.subList(1, 1 + BylineCandidates.SOURCES.size()))
        .isEqualTo(BylineCandidates.SOURCES);
  }

  @Test
  void readsTheSourceTheShapeAndTheSiteName() {
    PageElements page =
        PageElements.of(Jsoup.parse("<title>A story | Daily Planet</title><p>x</p><p>y</p>"));
    BylineFeatures features = BylineFeatures.of(page, Map.of("og:site_name", "Planet"), 0);
    double[] site = features.of(found("Daily Planet", 2, 1), false, 0);
    double[] person = features.of(found("Jane Roe", 5, 1), true, 3);
    int meta = BylineFeatures.NAMES.indexOf("meta");
    int siteName = BylineFeatures.NAMES.indexOf("site_name");
    assertThat(site).hasSize(BylineFeatures.NAMES.size());
    assertThat(site[0]).isEqualTo(1);
    assertThat(site[meta]).isEqualTo(1);
    assertThat(person[meta]).isZero();
    assertThat(site[siteName]).isEqualTo(1);
    assertThat(person[siteName]).isZero();
    assertThat(person[BylineFeatures.NAMES.indexOf("rules")]).isEqualTo(1);
    assertThat(person[BylineFeatures.NAMES.indexOf("near_h1")]).isEqualTo(1);
  }
}
