package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerDocumentTest {
  @Test
  void aWordWrittenTwiceSeesTheNeighboursOfBothPlacesAndAWordWrittenOnceNone() {
    NerDocument d =
        new NerDocument(
            List.of(
                List.of("Shares", "of", "Pirelli", "fell", "."),
                List.of("Milan", "'s", "Pirelli", "said", "so", "."),
                List.of("Rome", "said", "no", ".")),
            WordClusters.empty());
    long[] first = d.aggregate[0][2];
    assertThat(first)
        .contains(
            NerFeatures.h(70, "of"),
            NerFeatures.h(70, "'s"),
            NerFeatures.h(71, "fell"),
            NerFeatures.h(71, "said"));
    assertThat(d.aggregate[1][2]).isEqualTo(first);
    assertThat(d.aggregate[2][0]).isEmpty();
    assertThat(d.aggregate[0][1]).isEmpty();
  }

  @Test
  void inALowerCasedDocumentEveryRepeatedWordIsAggregated() {
    NerDocument d =
        new NerDocument(
            List.of(List.of("pirelli", "fell"), List.of("pirelli", "rose")), WordClusters.empty());
    assertThat(d.aggregate[0][0]).contains(NerFeatures.h(71, "fell"), NerFeatures.h(71, "rose"));
  }
}
