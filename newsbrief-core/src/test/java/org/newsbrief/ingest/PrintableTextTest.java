package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableTextTest {
  @Test
  void leavesOrdinaryTextAlone() {
    String plain = "/news/Caf\u00e9 \u00fcber \u05e9\u05dc\u05d5\u05dd.txt";
    assertThat(PrintableText.of(plain)).isSameAs(plain);
  }

  @Test
  void escapesBreaksControlsAndDirectionMarks() {
    assertThat(PrintableText.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(PrintableText.of("x\u0000y\u001b[2Jz\u007f\u0085"))
        .isEqualTo("x\\x00y\\x1b[2Jz\\x7f\\x85");
    assertThat(PrintableText.of("\u202eevil\u2066\u2028")).isEqualTo("\\u202eevil\\u2066\\u2028");
    assertThat(PrintableText.of("C:\\n")).isEqualTo("C:\\\\n");
  }

  @Test
  void aReportLineCannotBeForged() {
    IngestReport report =
        new IngestReport(
            List.of(
                new IngestReport.Input(
                    "bad\n100 inputs: 100 ok",
                    InputKind.TXT,
                    IngestReport.Status.FAILED,
                    0,
                    0,
                    "file is empty\nok")));

    assertThat(report.toText().lines()).hasSize(3);
    assertThat(report.toText()).contains("bad\\n100 inputs: 100 ok: file is empty\\nok");
  }
}
