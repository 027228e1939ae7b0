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
                "Asked if the United States could cooperate with Tehran, Kerry told Yahoo!News on"
                    + " Monday: “I wouldn’t rule out anything that would be constructive.”"))
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
    assertThat(
            speakers(
                "The setting of the nuclear talks is \"the only place we have discussed with the"
                    + " Iranians\" the anti-IS fight, she said."))
        .containsExactly("she");
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
  void findingWithSeveralFindersAtOnceEqualsFindingWithEach() {
    String text =
        "Caddell continued:\n\"The health issue overall is very much a partisan issue.\"\n"
            + "“It frequently does” get raised, Harf said. “I mean, it would be odd.”\n"
            + "The show “Meet the Press” aired. “We deny it,” the spokesman told reporters.";
    QuoteFinder rules = QuoteFinder.rules();
    List<List<QuoteSpan>> each = QuoteFinder.findEach(text, List.of(finder, rules, finder));
    assertThat(each).containsExactly(finder.find(text), rules.find(text), finder.find(text));
    assertThat(each.get(0)).isNotEmpty();
  }

  @Test
  void takesTheSpeakerOfAnIntroducingParagraph() {
    String text = "Caddell continued:\n\"The health issue overall is very much a partisan issue.\"";
    assertThat(speakers(text)).containsExactly("Caddell");
  }

  @Test
  void readsPartyTagsAndAppositivesBetweenTheNameAndTheVerb() {
    assertThat(speakers("“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said."))
        .containsExactly("Rep. Jason Chaffetz (R-Utah)");
    assertThat(
            speakers(
                "“It’s an invasion,” Scott Pruitt, the Republican attorney general of Oklahoma,"
                    + " one of the states suing the EPA, said at a Washington event."))
        .containsExactly("Scott Pruitt");
    assertThat(speakers("“They’re trying to slap us,” Quina Jones, 25, said as she marched."))
        .containsExactly("Quina Jones");
  }

  @Test
  void givesAPartialQuoteToTheSubjectOfItsSentence() {
    assertThat(
            speakers("Trump openly admires Russian President Vladimir Putin as a “strong leader.”"))
        .containsExactly("Trump");
    assertThat(
            speakers(
                "In a White House statement, President Obama condemned the test as “provocative"
                    + " and destabilizing.”"))
        .containsExactly("President Obama");
    assertThat(
            speakers(
                "Speaking at a rally in Novi, Michigan, Trump says he is making “a demand” of"
                    + " Obama."))
        .containsExactly("Trump");
    assertThat(
            speakers(
                "Secretary General Ban Ki-moon condemned what he called a “brazen breach” of U.N."
                    + " resolutions."))
        .containsExactly("Secretary General Ban Ki-moon");
  }

  @Test
  void takesWhoASentenceIsAccordingTo() {
    assertThat(
            speakers(
                "Scott’s relatives watched the videos, according to their attorneys, and said they"
                    + " had “more questions than answers.”"))
        .containsExactly("their attorneys");
  }

  @Test
  void readsCreditLinesAfterANoBreakSpace() {
    assertThat(speakers("“I just hope this campaign gives us anger.” ―\u00A0Jorge Falcon"))
        .containsExactly("Jorge Falcon");
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
