package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8RepairTest {
  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aPageDeclaringUtf8WithLatin1BytesIsDecodedWithoutReplacementCharacters() {
    byte[] head = "<meta charset='utf-8'><p>Grüße und ".getBytes(StandardCharsets.UTF_8);
    byte[] latin =
        "Mitgefühl wählen</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    String text = PageCharset.decodeLeniently(concat(head, latin), null);
    assertThat(text).contains("Grüße und Mitgefühl wählen").doesNotContain("\uFFFD");
    assertThat(FileDecoder.decodeHtml(concat(head, latin))).contains("Mitgefühl");
  }

  @Test
  void validUtf8BeatsALegacyLabelAndALegacyPageKeepsItsLabel() {
    byte[] utf8 =
        "<meta charset='iso-8859-1'><p>Smørrebrød på Nørrebro</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(PageCharset.decodeLeniently(utf8, null)).contains("Smørrebrød på Nørrebro");
    byte[] latin =
        "<meta charset='iso-8859-1'><p>Smørrebrød</p>"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(PageCharset.decodeLeniently(latin, null)).contains("Smørrebrød");
    assertThat(Utf8Repair.isUtf8WithMultibyte("plain ascii".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }
}
