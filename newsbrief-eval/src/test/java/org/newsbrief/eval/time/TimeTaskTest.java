package org.newsbrief.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.eval.EvalReport;

class TimeTaskTest {
  private static final String TML =
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
          + " value=\"2014-12-04\" functionInDocument=\"CREATION_TIME\">20141204</TIMEX3></DCT>\n"
          + "<TEXT>\nThe State Department <EVENT eid=\"e1\">confirmed</EVENT> on <TIMEX3"
          + " tid=\"t1\" type=\"DATE\" value=\"2014-12-03\">Wednesday</TIMEX3> that talks took"
          + " place &amp; would go on for <TIMEX3 tid=\"t2\" type=\"DURATION\""
          + " value=\"P2W\">two weeks</TIMEX3>, said officials in <TIMEX3 tid=\"t3\""
          + " type=\"DATE\" value=\"2014-11\">November</TIMEX3>.\n</TEXT>\n</TimeML>\n";

  @Test
  void parsesTimeMlIntoTextAndGoldSpans(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("doc.tml"), TML);

    TimeMlDocument doc = TimeMlDocument.read(file);

    assertThat(doc.creation()).hasToString("2014-12-04");
    assertThat(doc.text()).contains("talks took place & would go on");
    assertThat(doc.gold()).hasSize(3);
    assertThat(doc.text().substring(doc.gold().get(1).start(), doc.gold().get(1).end()))
        .isEqualTo("two weeks");
  }

  @Test
  void scoresRelaxedSpansAndValues(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("doc.tml"), TML);

    EvalReport report = new TimeTask().run(dir, Map.of());

    // Wednesday and two weeks are right; "in November" resolves to 2014-11 too: all 3 match.
    assertThat(report.system().get("f1")).isCloseTo(1.0, within(1e-9));
    assertThat(report.system().get("value_f1")).isCloseTo(1.0, within(1e-9));
    assertThat(report.peers()).containsOnlyKeys("rule_tense");
  }
}
