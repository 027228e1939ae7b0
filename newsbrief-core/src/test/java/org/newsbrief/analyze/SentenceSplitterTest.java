package org.newsbrief.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void survivesTitlesAndInitials() {
    assertThat(
            splitter.split(
                "Pentagon spokesman Rear Adm. John Kirby spoke. Gen. Lloyd Austin agreed with"
                    + " Sen. John McCain and Dr. Zarif. Secretary of State John F. Kerry left."))
        .containsExactly(
            "Pentagon spokesman Rear Adm. John Kirby spoke.",
            "Gen. Lloyd Austin agreed with Sen. John McCain and Dr. Zarif.",
            "Secretary of State John F. Kerry left.");
  }

  @Test
  void splitsAfterUsOnlyWhenASentenceStarts() {
    assertThat(splitter.split("U.S. officials met. Talks with the U.S. The talks ended."))
        .containsExactly("U.S. officials met.", "Talks with the U.S.", "The talks ended.");
    assertThat(splitter.split("He met U.S. Ambassador Stuart Jones. Mr. Kerry left."))
        .containsExactly("He met U.S. Ambassador Stuart Jones.", "Mr. Kerry left.");
  }

  @Test
  void keepsAQuotationWithItsAttribution() {
    assertThat(
            splitter.split(
                "“The United States will not cooperate. We won’t share intelligence,” Earnest"
                    + " said. \"It frequently does. I mean it,\" Harf said. Then she left."))
        .containsExactly(
            "“The United States will not cooperate. We won’t share intelligence,” Earnest said.",
            "\"It frequently does. I mean it,\" Harf said.",
            "Then she left.");
  }

  @Test
  void endsASentenceAfterAClosingQuote() {
    assertThat(splitter.split("He said: “We work closely.” The White House agreed."))
        .containsExactly("He said: “We work closely.”", "The White House agreed.");
  }

  @Test
  void handlesQuestionsAndExclamations() {
    assertThat(splitter.split("Why now? Nobody knows! Talks go on."))
        .containsExactly("Why now?", "Nobody knows!", "Talks go on.");
  }

  @Test
  void endsAQuestionBeforeALowerCaseAnswerOnlyInSentenceCasedText() {
    assertThat(splitter.split("So why was it a bore? chalk it up to nerves. Was it fun? yes!"))
        .containsExactly("So why was it a bore?", "chalk it up to nerves.", "Was it fun?", "yes!");
    assertThat(splitter.split("Was Smith there? no one knows. It ended."))
        .containsExactly("Was Smith there? no one knows.", "It ended.");
    assertThat(splitter.split("It was toxic\uFFFD? behavior, she said. Then it ended."))
        .containsExactly("It was toxic\uFFFD? behavior, she said.", "Then it ended.");
  }

  @Test
  void tellsSentenceCasedParagraphs() {
    assertThat(SentenceSplitter.sentenceCased("Neil harris hit bumps. Jeff beat bryan: \"Ok.\""))
        .isTrue();
    assertThat(SentenceSplitter.sentenceCased("Neil Harris hit bumps.")).isFalse();
    assertThat(SentenceSplitter.sentenceCased("no capitals at all")).isFalse();
  }
}
