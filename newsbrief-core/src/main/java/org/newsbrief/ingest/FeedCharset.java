package org.newsbrief.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a feed as an XML parser would (XML 1.0 appendix F, RFC 7303), for local files and URLs
 * alike: a byte order mark decides first (UTF-8, UTF-16, UTF-32); then an HTTP charset, when the
 * feed was fetched; then the first bytes give the encoding family (UTF-16 or UTF-32 without a mark,
 * or EBCDIC) and the XML declaration names the encoding; else UTF-8. UTF-8 that is not valid falls
 * back to windows-1252, the usual mislabelled case; a named encoding newsbrief does not know is
 * refused by name.
 */
final class FeedCharset {
  private static final Pattern ENCODING =
      Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private FeedCharset() {}

  /**
   * The text of the feed in {@code bytes}, without a byte order mark.
   *
   * @throws IllegalArgumentException when the feed names an encoding Java does not know
   */
  static String decode(byte[] bytes, @Nullable String contentType) {
    Bom bom = bom(bytes);
    if (bom != null) {
      return new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
    }
    Charset charset = contentType == null ? null : PageCharset.fromContentType(contentType);
    if (charset == null) {
      Charset family = family(bytes);
      if (family != null && family.name().startsWith("UTF-")) {
        charset = family;
      } else {
        Charset declared = declared(bytes, family == null ? StandardCharsets.ISO_8859_1 : family);
        if (family == null && declared != null && declared.name().startsWith("UTF-")) {
          declared = StandardCharsets.UTF_8;
        }
        charset = declared == null ? family : declared;
      }
    }
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      try {
        return PageCharset.strictUtf8(bytes);
      } catch (CharacterCodingException e) {
        charset = WINDOWS_1252;
      }
    }
    return new String(bytes, charset);
  }

  /** True when the bytes are UTF-16 or UTF-32 (marked or not), whose NUL bytes are not binary. */
  static boolean wide(byte[] bytes) {
    Bom bom = bom(bytes);
    Charset c = bom != null ? bom.charset : family(bytes);
    return c != null && !c.equals(StandardCharsets.UTF_8) && !c.name().startsWith("IBM");
  }

  private record Bom(Charset charset, int length) {}

  private static @Nullable Bom bom(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return new Bom(UTF_32BE, 4);
    }
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return new Bom(UTF_32LE, 4);
    }
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (starts(b, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (starts(b, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /** The encoding family the first four bytes show when they are {@code <?xm} or {@code <}. */
  private static @Nullable Charset family(byte[] b) {
    if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
      return UTF_32BE;
    }
    if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
      return UTF_32LE;
    }
    if (starts(b, 0x00, 0x3C, 0x00, 0x3F) || starts(b, 0x00, 0x3C, 0x00, 0x21)) {
      return StandardCharsets.UTF_16BE;
    }
    if (starts(b, 0x3C, 0x00, 0x3F, 0x00) || starts(b, 0x3C, 0x00, 0x21, 0x00)) {
      return StandardCharsets.UTF_16LE;
    }
    if (starts(b, 0x4C, 0x6F, 0xA7, 0x94) && Charset.isSupported("IBM037")) {
      return Charset.forName("IBM037");
    }
    return null;
  }

  /** The encoding the XML declaration names, read in {@code family}; null when none. */
  private static @Nullable Charset declared(byte[] bytes, Charset family) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), family);
    Matcher m = ENCODING.matcher(head);
    if (!m.find()) {
      return null;
    }
    Charset charset = named(m.group(1));
    if (charset == null) {
      throw new IllegalArgumentException(
          "feed declares the encoding \"" + m.group(1) + "\", which newsbrief cannot read");
    }
    return charset;
  }

  private static @Nullable Charset named(String label) {
    try {
      return Charset.forName(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
