package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelaysTest {
  private static QuoteSpan quote(String text, String quoted, String speaker) {
    int start = text.indexOf(quoted);
    int s = text.indexOf(speaker);
    return new QuoteSpan(start, start + quoted.length(), s, s + speaker.length(), speaker);
  }

  private static String inner(String text, String quoted, String speaker) {
    QuoteSpan q = Relays.inner(text, quote(text, quoted, speaker));
    return q == null ? "" : text.substring(q.speakerStart(), q.speakerEnd());
  }

  @Test
  void aMediumAfterAccordingToRelaysTheSpeakerOfTheSentence() {
    String text = "“We will win the vote,” the senator said Monday, according to the Daily Planet.";
    assertThat(inner(text, "We will win the vote,", "Daily Planet")).isEqualTo("the senator");
  }

  @Test
  void aReportingSubjectRelaysTheSpeakerItQuotes() {
    String text =
        "The radio station quoted Mayor Ann Brown as saying the bridge “will open in May.”";
    assertThat(inner(text, "will open in May.", "The radio station")).isEqualTo("Mayor Ann Brown");
  }

  @Test
  void aSayingSourceRelaysOnlyASpeakerBetweenItAndTheQuotation() {
    String text = "The agency says the envoy told visitors that talks “are going well.”";
    assertThat(inner(text, "are going well.", "The agency")).isEqualTo("the envoy");
    String after = "The envoy said talks “are going well,” the agency says.";
    assertThat(inner(after, "are going well,", "the agency")).isEmpty();
  }

  @Test
  void noRelayWithoutAnInnerSpeakerOrAcrossASentence() {
    String plain = "“Prices will rise,” according to the report.";
    assertThat(inner(plain, "Prices will rise,", "the report")).isEmpty();
    String apart = "Mr. Lee said it was late. “Prices will rise,” according to the report.";
    assertThat(inner(apart, "Prices will rise,", "the report")).isEmpty();
  }

  @Test
  void aSpeakerThatSpeaksForItselfIsKept() {
    String text = "“Prices will rise,” Mr. Lee said, adding that the report was late.";
    assertThat(inner(text, "Prices will rise,", "Mr. Lee")).isEmpty();
  }
}
