package org.newsbrief.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.analyze.time.TenseModel;
import org.newsbrief.analyze.time.TimeTagger;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.model.TimeExpression;

class TimeTrainTaskTest {
  private static final LocalDate THU = LocalDate.of(2014, 12, 4);

  /** A document dated Thursday 2014-12-04 where one meeting is past and one is to come. */
  private static String document(String weekday, String past, String future) {
    return "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
        + " value=\"2014-12-04\" functionInDocument=\"CREATION_TIME\">20141204</TIMEX3></DCT>\n"
        + "<TEXT>\nThe ministers met on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\""
        + past
        + "\">"
        + weekday
        + "</TIMEX3>. The talks are planned to resume on <TIMEX3 tid=\"t2\" type=\"DATE\""
        + " value=\""
        + future
        + "\">"
        + weekday
        + "</TIMEX3>.\n</TEXT>\n</TimeML>\n";
  }

  @Test
  void learnsWhichWayAPartialDatePointsAndWritesTheModelWithItsManifest(@TempDir Path dir)
      throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    String[][] days = {
      {"Monday", "2014-12-01", "2014-12-08"},
      {"Tuesday", "2014-12-02", "2014-12-09"},
      {"Wednesday", "2014-12-03", "2014-12-10"},
      {"Friday", "2014-11-28", "2014-12-05"},
      {"Saturday", "2014-11-29", "2014-12-06"},
      {"Sunday", "2014-11-30", "2014-12-07"}
    };
    for (String[] d : days) {
      Files.writeString(data.resolve(d[0] + ".tml"), document(d[0], d[1], d[2]));
    }
    Path out = dir.resolve("model");

    EvalReport report = new TimeTrainTask().run(data, Map.of("out", out.toString()));

    assertThat(report.system().get("count_examples")).isEqualTo(12.0);
    assertThat(out.resolve("tense-model.manifest.json")).content().contains("\"task\" : \"time\"");
    TenseModel model;
    try (BufferedReader r = Files.newBufferedReader(out.resolve(TenseModel.RESOURCE))) {
      model = TenseModel.read(r);
    }
    TimeTagger tagger = new TimeTagger(model);
    assertThat(tagger.tag("Talks are planned to resume on Monday.", THU))
        .extracting(TimeExpression::value)
        .containsExactly("2014-12-08");
    assertThat(tagger.tag("The ministers met on Monday.", THU))
        .extracting(TimeExpression::value)
        .containsExactly("2014-12-01");
  }
}
