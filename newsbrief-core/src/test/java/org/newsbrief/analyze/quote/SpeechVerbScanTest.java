package org.newsbrief.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SpeechVerbScanTest {
  private static final String[] WORDS = {
    "Kerry",
    "said",
    "says",
    "the",
    "State",
    "Department",
    "spokeswoman",
    "Marie",
    "Harf",
    "told",
    "reporters",
    "he",
    "she",
    "they",
    "U.S.",
    "officials",
    "also",
    "is",
    "calling",
    "was",
    "quickly",
    "denied",
    "Iran's",
    "Foreign",
    "Ministry",
    "(R-Ohio)",
    "of",
    "and",
    "in",
    "a",
    "statement",
    "on",
    "Wednesday",
    "2014",
    "strikes",
    "against",
    "ISIS",
    "chimed",
    "that",
    "Rep.",
    "Jim",
    "Jordan",
    "according",
    "to",
    "continue",
    "deny",
    "has",
    "been",
    "warning",
  };
  private static final String[] GAPS = {
    " ", " ", " ", " ", ", ", ". ", "\n", ": ", " “", "” ", " —"
  };

  @Test
  void findsWhatTheFullPatternFindsOnRandomText() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = 5 + random.nextInt(80);
      for (int i = 0; i < length; i++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
      }
      assertSameAsFullPattern(text.toString());
    }
  }

  @Test
  void findsWhatTheFullPatternFindsInNews() {
    assertSameAsFullPattern(
        "U.S. State Department spokeswoman Jen Psaki said it is no secret the United States has had"
            + " discussions with Iran. “That’s the only place we have raised it,” Harf said.\n"
            + "Iran's Foreign Ministry spokeswoman Marzieh Afkham denied any cooperation, and"
            + " officials in Tehran have repeatedly said they are not working with Washington."
            + " Secretary of State John F. Kerry told reporters in Brussels on Wednesday that the"
            + " strikes would be positive. A long run of words without any punctuation at all that"
            + " goes on and on before the officials finally said something.");
  }

  @Test
  void findsNothingWithoutASpeechVerb() {
    assertThat(SpeechVerbScan.matches("Iran launched air strikes against targets in Iraq."))
        .isEmpty();
  }

  @Test
  void windowStopsAtPunctuationAndAfterTwelveWords() {
    String text = "Yes, the spokeswoman";
    assertThat(SpeechVerbScan.windowStart(text, text.length())).isEqualTo(4);
    String many = "a b c d e f g h i j k l m n o";
    assertThat(SpeechVerbScan.windowStart(many, many.length())).isEqualTo(many.indexOf("d"));
  }

  private static void assertSameAsFullPattern(String text) {
    List<String> expected = new ArrayList<>();
    Matcher m = SpeakerPatterns.SPEAKER_VERB.matcher(text);
    while (m.find()) {
      expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
    }
    List<String> actual = new ArrayList<>();
    for (MatchResult r : SpeechVerbScan.matches(text)) {
      actual.add(r.start() + "-" + r.end() + ":" + r.group(1));
    }
    assertThat(actual).as(text).isEqualTo(expected);
    MatchResult first = SpeechVerbScan.first(text);
    assertThat(first == null ? null : first.start() + "-" + first.end() + ":" + first.group(1))
        .as(text)
        .isEqualTo(expected.isEmpty() ? null : expected.get(0));
  }
}
