package org.newsbrief.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreambleTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON (AP) — The Senate voted on Monday.|The Senate voted on Monday.",
        "Los angeles ( ap ) — in her first interview she spoke.|in her first interview she spoke.",
        "( cnn ) -- the storm system moved east.|the storm system moved east.",
        "NEW YORK — Stocks fell sharply.|Stocks fell sharply.",
        "( associated press ) london ( ap ) — british meteorologists say so.|british meteorologists"
            + " say so.",
        "Washington ( cnn ) wikileaks posted more emails.|wikileaks posted more emails.",
        "( photo: ap ) a former officer has died.|a former officer has died.",
        "Advertisement continue reading the main story beirut, lebanon — more than 90 died.|more"
            + " than 90 died.",
        "A boy and a girl — looked at her nervously.|A boy and a girl — looked at her nervously.",
        "Buffalo, n.y. -- education officials met.|education officials met.",
        "May 20, 2014, 11: 42 pm gmt / updated may 21, 2014, 12: 00 am gmt five men were"
            + " convicted.|five men were convicted.",
        "Posted: Jan 5, 2014 3:22 PM EST The mayor resigned.|The mayor resigned.",
        "By daryn kagan, contributing writer about five months ago, he fell.|about five months"
            + " ago, he fell.",
        "By Jane Doe WASHINGTON (Reuters) - Talks resumed.|Talks resumed.",
        "By the next morning, the tweet was deleted.|By the next morning, the tweet was deleted.",
        "She had no problem identifying her date — paul gonzales.|She had no problem identifying"
            + " her date — paul gonzales.",
        "And -- well, we have to live with it.|And -- well, we have to live with it.",
        "The plane landed at 3: 30 p.m. ( 1930 gmt ) safely.|The plane landed at 3: 30 p.m. ( 1930"
            + " gmt ) safely.",
        "Kenny says the nation will not default by jane doe ( updates bonds. ) april 18 ("
            + " bloomberg ) -- the prime minister spoke.|the prime minister spoke.",
        "( ap photo/jane doe ) ( associated press ) vatican city ( ap ) — the pope spoke.|the pope"
            + " spoke.",
        "( jane doe / daily camera via ap ) voters lined up.|voters lined up.",
        "( the vote was close ) voters lined up.|( the vote was close ) voters lined up.",
        "Obama said (AP) reporters were wrong about the long and winding road of the"
            + " negotiations in Geneva last week.|Obama said (AP) reporters were wrong about the"
            + " long and winding road of the negotiations in Geneva last week."
      })
  void cutsWhatIsGluedBeforeASentenceAndNothingElse(String text, String expected) {
    assertThat(Preamble.cut(text)).isEqualTo(expected);
  }
}
