package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTagsTest {
  @Test
  void spansSurviveEncodingAndDecoding() {
    List<NerSpan> spans =
        List.of(new NerSpan(0, 1, "LOC"), new NerSpan(2, 5, "ORG"), new NerSpan(5, 7, "PER"));
    int[] tags = NerTags.encode(spans, 8);
    assertThat(NerTags.name(tags[0])).isEqualTo("U-LOC");
    assertThat(NerTags.name(tags[3])).isEqualTo("I-ORG");
    assertThat(NerTags.name(tags[7])).isEqualTo("O");
    assertThat(NerTags.spans(tags)).isEqualTo(spans);
  }

  @Test
  void anOpenNameMustContinueWithItsOwnType() {
    int bPer = NerTags.tag('B', 0);
    assertThat(NerTags.allowed(bPer, NerTags.tag('L', 0))).isTrue();
    assertThat(NerTags.allowed(bPer, NerTags.tag('L', 1))).isFalse();
    assertThat(NerTags.allowed(bPer, 0)).isFalse();
    assertThat(NerTags.allowed(-1, NerTags.tag('I', 2))).isFalse();
    assertThat(NerTags.mayEnd(bPer)).isFalse();
  }
}
