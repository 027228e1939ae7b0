package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {
  private static final byte[] LATIN1 = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void theHeaderWinsOverTheMetaAndTheBomOverBoth() {
    byte[] page = "<meta charset=\"utf-8\"><p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};

    assertThat(PageCharset.decodeLeniently(page, "text/html; charset=\"ISO-8859-1\""))
        .contains("Caf\u00e9");
    assertThat(PageCharset.decodeLeniently(bom, "text/html; charset=iso-8859-1")).isEqualTo("hi");
  }

  @Test
  void readsMetaCharsetAndHttpEquiv() {
    byte[] meta =
        "<head><META CHARSET=windows-1252><p>Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    byte[] equiv =
        "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>Caf\u00e9"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(PageCharset.decodeLeniently(meta, "text/html")).endsWith("Caf\u00e9");
    assertThat(PageCharset.decodeLeniently(equiv, null)).endsWith("Caf\u00e9");
  }

  @Test
  void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
    assertThat(PageCharset.decodeLeniently("Caf\u00e9".getBytes(StandardCharsets.UTF_8), null))
        .isEqualTo("Caf\u00e9");
    assertThat(PageCharset.decodeLeniently(LATIN1, null)).contains("Caf\u00e9");
  }

  @Test
  void unknownLabelsAreIgnoredAndAWrongUtf8LabelIsRepaired() {
    assertThat(PageCharset.decodeLeniently(LATIN1, "text/html; charset=x-no-such-charset"))
        .contains("Caf\u00e9");
    assertThat(PageCharset.decodeLeniently(LATIN1, "text/html; charset=utf-8"))
        .contains("Caf\u00e9")
        .doesNotContain("\uFFFD");
  }
}
