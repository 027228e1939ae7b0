package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineUnwrapperTest {
  @Test
  void rejoinsLinesWrappedMidSentence() {
    List<String> lines =
        List.of(
            "The conversations do not",
            "include taking joint military action against ISIS targets, the sources",
            "said, but are seen as necessary.",
            "Senior White House",
            "adviser Dan Pfeiffer spoke.");

    assertThat(LineUnwrapper.paragraphs(lines))
        .containsExactly(
            "The conversations do not include taking joint military action against ISIS targets,"
                + " the sources said, but are seen as necessary.",
            "Senior White House adviser Dan Pfeiffer spoke.");
  }

  @Test
  void keepsBlankLineParagraphsAndJoinsAfterAbbreviations() {
    List<String> lines =
        List.of("He met Dr.", "Zarif in Vienna.", "", "A second paragraph.", "", "");

    assertThat(LineUnwrapper.paragraphs(lines))
        .containsExactly("He met Dr. Zarif in Vienna.", "A second paragraph.");
  }

  @Test
  void joinsAfterAColonAndBeforeLowerCase() {
    assertThat(LineUnwrapper.paragraphs(List.of("He said:", "“We work closely.”", "and more.")))
        .containsExactly("He said: “We work closely.” and more.");
  }
}
