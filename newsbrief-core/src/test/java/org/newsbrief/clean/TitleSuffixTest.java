package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSuffixTest {
  @Test
  void dropsATrailingNameOfTheOutletOrSite() {
    assertThat(TitleSuffix.strip("Oilers win in overtime - Sportsnet.ca", "Sportsnet.ca", null))
        .isEqualTo("Oilers win in overtime");
    assertThat(
            TitleSuffix.strip(
                "Oilers win in overtime | Sportsnet", null, "https://www.sportsnet.ca/x"))
        .isEqualTo("Oilers win in overtime");
    assertThat(TitleSuffix.strip("Budget passes – The Guardian", "Guardian", null))
        .isEqualTo("Budget passes");
    assertThat(TitleSuffix.strip("Budget passes | BBC", null, "https://www.bbc.co.uk/news/1"))
        .isEqualTo("Budget passes");
  }

  @Test
  void keepsHeadlinesThatEndInAnotherName() {
    assertThat(
            TitleSuffix.strip("Clinton meets leaders - Obama", "Reuters", "https://reuters.com/a"))
        .isEqualTo("Clinton meets leaders - Obama");
    assertThat(TitleSuffix.strip("Talks resume - Reuters", null, null))
        .isEqualTo("Talks resume - Reuters");
    assertThat(TitleSuffix.strip("Reuters", "Reuters", null)).isEqualTo("Reuters");
    assertThat(TitleSuffix.strip("Sports - Reuters", "Reuters", null))
        .isEqualTo("Sports - Reuters");
    assertThat(TitleSuffix.strip("Talks resume - Reuters", "Reuters", null))
        .isEqualTo("Talks resume");
  }
}
