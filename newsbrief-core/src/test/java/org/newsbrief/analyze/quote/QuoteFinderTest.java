package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private final QuoteFinder finder = new QuoteFinder();

  private List<String> speakers(String text) {
    return finder.find(text).stream().map(QuoteSpan::speaker).toList();
  }

  @Test
  void attributesQuotesWithTheSpeakerAfterOrBefore() {
    assertThat(speakers("\"That’s the only place we have raised it,\" Harf said during the brief."))
        .containsExactly("Harf");
    assertThat(
            speakers(
                "“With respect to Iran, we’re not coordinating,” said Gen. Lloyd Austin, the head"
                    + " of U.S. Central Command."))
        .containsExactly("Gen. Lloyd Austin");
    assertThat(speakers("Kerry told Yahoo!News on Monday: “I wouldn’t rule out anything.”"))
        .containsExactly("Kerry");
    assertThat(
            speakers(
                "“We deny the news reports on military cooperation,” according to Iran’s Foreign"
                    + " Ministry spokesman."))
        .containsExactly("Iran’s Foreign Ministry spokesman");
  }

  @Test
  void findsPartialQuotesInsideReportedSpeech() {
    List<QuoteSpan> quotes =
        finder.find(
            "But she said U.S. officials “are not and will not coordinate militarily” with Iran.");
    assertThat(quotes).singleElement().extracting(QuoteSpan::speaker).isEqualTo("she");
  }

  @Test
  void splitsAQuoteAroundItsSpeechVerbAndCarriesTheSpeakerOn() {
    String text =
        "“It frequently does” get raised, Harf said. “I mean, it would be odd.”\n"
            + "“And it came up again,” she added.\n"
            + "“Nobody was surprised.”";
    assertThat(speakers(text)).containsExactly("Harf", "Harf", "she", "she");
  }

  @Test
  void takesTheSpeakerOfAnIntroducingParagraph() {
    String text = "Caddell continued:\n\"The health issue overall is very much a partisan issue.\"";
    assertThat(speakers(text)).containsExactly("Caddell");
  }

  @Test
  void leavesAQuoteUnattributedRatherThanGuessing() {
    List<QuoteSpan> quotes = finder.find("The word “deplorables” was everywhere that week.");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.attributed()).isFalse());
  }

  @Test
  void givesOffsetsIntoTheText() {
    String text = "Earnest said: “We won’t share intelligence with them.”";
    QuoteSpan q = finder.find(text).get(0);
    assertThat(text.substring(q.start(), q.end()))
        .isEqualTo("We won’t share intelligence with them.");
    assertThat(text.substring(q.speakerStart(), q.speakerEnd())).isEqualTo("Earnest");
  }
}
