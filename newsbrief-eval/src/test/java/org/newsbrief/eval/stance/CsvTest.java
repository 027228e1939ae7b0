package org.newsbrief.eval.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsHoldCommasNewlinesAndQuotes() {
    String text = "Body ID,articleBody\r\n0,\"One, two.\n\nSaid \"\"hi\"\".\"\n1,plain\n\n2,\n";
    assertThat(Csv.parse(text))
        .containsExactly(
            List.of("Body ID", "articleBody"),
            List.of("0", "One, two.\n\nSaid \"hi\"."),
            List.of("1", "plain"),
            List.of("2", ""));
  }

  @Test
  void lastRecordWithoutNewline() {
    assertThat(Csv.parse("a,b\nc,\"d\"")).containsExactly(List.of("a", "b"), List.of("c", "d"));
  }
}
