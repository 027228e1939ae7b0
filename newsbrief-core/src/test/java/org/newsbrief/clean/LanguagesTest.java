package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {
  @Test
  void detectsTheLanguageOfATextAsAnIso6391Code() {
    assertThat(
            Languages.detect(
                List.of(
                    "Die Bundesregierung hat am Mittwoch beschlossen, die Förderung für"
                        + " erneuerbare Energien deutlich auszuweiten, wie ein Sprecher sagte.",
                    "Die Opposition kritisierte den Plan als zu spät und zu klein. Die Länder"
                        + " sollen bis zum Sommer eigene Vorschläge machen, hieß es weiter.")))
        .isEqualTo("de");
    assertThat(
            Languages.detect(
                List.of(
                    "The government decided on Wednesday to expand its support for renewable"
                        + " energy considerably, a spokesman said after the meeting.",
                    "The opposition criticised the plan as too late and too small. The regions"
                        + " are to make their own proposals by the summer, he added.")))
        .isEqualTo("en");
  }

  @Test
  void givesNoAnswerForTooLittleText() {
    assertThat(Languages.detect(List.of("OK"))).isNull();
  }
}
