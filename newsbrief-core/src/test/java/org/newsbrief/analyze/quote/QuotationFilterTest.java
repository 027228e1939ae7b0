package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotationFilterTest {
  private static List<String> features(String text, String quoted) {
    return QuoteFinder.rules().quoted(text).stream()
        .filter(e -> text.substring(e.getKey().start(), e.getKey().end()).equals(quoted))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  @Test
  void describesWhatStandsAroundTheMarks() {
    String text = "He told CNN’s “State of the Union” that “we will win this fight,” Smith said.";
    assertThat(features(text, "State of the Union"))
        .contains("prev=’s", "title_short", "len=4-5", "next=that")
        .doesNotContain("person12");
    assertThat(features(text, "we will win this fight,"))
        .contains("person12", "end=comma", "speech_after", "rules_speaker");
    assertThat(features("<tweet id=\"12345\">Hi</tweet>", "12345"))
        .contains("before=tight_=", "no_letters");
  }

  @Test
  void keepsSpansAtOrAboveItsThreshold() throws IOException {
    QuotationFilter f = new QuotationFilter(Map.of("bias", 1.0, "title_short", -3.0), 0.5);
    assertThat(f.keeps(List.of("bias"))).isTrue();
    assertThat(f.keeps(List.of("bias", "title_short"))).isFalse();
    assertThat(f.keeps(List.of("bias", "unknown_feature"))).isTrue();
    StringWriter out = new StringWriter();
    f.withThreshold(0.01).write(out);
    QuotationFilter back = QuotationFilter.read(new StringReader(out.toString()));
    assertThat(back.keeps(List.of("bias", "title_short"))).isTrue();
    assertThat(back.probability(List.of("bias"))).isEqualTo(f.probability(List.of("bias")));
  }

  @Test
  void theShippedFilterDropsMarkupAndRanksAShowTitleBelowSpeech() {
    QuoteFinder finder = new QuoteFinder();
    String text =
        "<post id=\"1234567\" author=\"@someone\">Hello</post>\n"
            + "Speaking on Channel Nine’s “Morning Report,” Senator Jane Roe said"
            + " the plan would fail.\n"
            + "“We are not going to let this stand,” Roe said.";
    List<String> found =
        finder.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    assertThat(found).contains("We are not going to let this stand,").doesNotContain("1234567");
    assertThat(QuoteFinder.rules().find(text)).hasSize(4);
    QuotationFilter shipped = QuotationFilter.shipped();
    assertThat(shipped.probability(features(text, "Morning Report,")))
        .isLessThan(shipped.probability(features(text, "We are not going to let this stand,")));
  }
}
