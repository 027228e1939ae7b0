package org.newsbrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The character encoding of a web page, found as browsers do: a byte order mark, then the charset
 * of the Content-Type header, then a {@code <meta charset>} or {@code http-equiv} declaration near
 * the top of the page. ISO-8859-1 and US-ASCII labels mean windows-1252, as in the WHATWG Encoding
 * standard.
 */
final class PageCharset {
  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageCharset() {}

  /** The declared encoding of {@code bytes}, or null when nothing declares one we know. */
  static @Nullable Charset declared(byte[] bytes, @Nullable String contentType) {
    Charset bom = fromByteOrderMark(bytes);
    if (bom != null) {
      return bom;
    }
    Charset header = contentType == null ? null : fromContentType(contentType);
    return header != null ? header : fromMeta(bytes);
  }

  /**
   * Decodes a web page as a browser would and never refuses it (WHATWG order: byte order mark, then
   * the Content-Type charset, then {@code <meta>}, then detection). Two repairs keep mojibake out
   * where the declaration is wrong: bytes that are valid UTF-8 with multi-byte sequences are UTF-8
   * whatever a legacy label says (other encodings almost never form such sequences by chance), and
   * a page read as UTF-8 that is not valid UTF-8 has each malformed byte read as windows-1252 (the
   * usual cause: Latin-1 text pasted into a UTF-8 page) instead of as U+FFFD.
   */
  static String decodeLeniently(byte[] bytes, @Nullable String contentType) {
    Charset bom = fromByteOrderMark(bytes);
    if (bom != null) {
      return stripBom(
          bom.equals(StandardCharsets.UTF_8) ? Utf8Repair.decode(bytes) : new String(bytes, bom));
    }
    Charset declared = contentType == null ? null : fromContentType(contentType);
    declared = declared != null ? declared : fromMeta(bytes);
    if (declared == null
        || declared.equals(StandardCharsets.UTF_8)
        || Utf8Repair.isUtf8WithMultibyte(bytes)) {
      return stripBom(Utf8Repair.decode(bytes));
    }
    return stripBom(new String(bytes, declared));
  }

  /**
   * Decodes an XML feed: a byte order mark, then the Content-Type charset, then the {@code
   * encoding} of the XML declaration ({@code <?xml version="1.0" encoding="ISO-8859-1"?>}); with
   * none, UTF-8 when the bytes are valid UTF-8 and windows-1252 otherwise.
   */
  static String decodeFeed(byte[] bytes, @Nullable String contentType) {
    Charset charset = fromByteOrderMark(bytes);
    if (charset == null && contentType != null) {
      charset = fromContentType(contentType);
    }
    return decode(bytes, charset != null ? charset : fromXmlDeclaration(bytes));
  }

  static @Nullable Charset fromXmlDeclaration(byte[] bytes) {
    return declaredInHead(bytes, 256, XML_ENCODING);
  }

  /**
   * The charset {@code declaration} names within the first {@code scan} bytes. A declaration
   * readable as ASCII is not UTF-16 (that needs a byte order mark; the WHATWG prescan rule).
   */
  private static @Nullable Charset declaredInHead(byte[] bytes, int scan, Pattern declaration) {
    String head = new String(bytes, 0, Math.min(bytes.length, scan), StandardCharsets.ISO_8859_1);
    Matcher m = declaration.matcher(head);
    if (!m.find()) {
      return null;
    }
    Charset charset = named(m.group(1));
    return charset != null && charset.name().startsWith("UTF-16")
        ? StandardCharsets.UTF_8
        : charset;
  }

  private static String decode(byte[] bytes, @Nullable Charset declared) {
    Charset charset = declared;
    if (charset == null) {
      try {
        return stripBom(strictUtf8(bytes));
      } catch (CharacterCodingException e) {
        charset = WINDOWS_1252;
      }
    }
    return stripBom(new String(bytes, charset));
  }

  /** Decodes {@code bytes} as UTF-8, failing on the first malformed byte. */
  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  static @Nullable Charset fromContentType(String contentType) {
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? named(m.group(1)) : null;
  }

  static @Nullable Charset fromMeta(byte[] bytes) {
    return declaredInHead(bytes, META_SCAN_BYTES, META_CHARSET);
  }

  private static @Nullable Charset fromByteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static @Nullable Charset named(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }
}
