package org.newsbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON-lines file as a stream, one line at a time, so memory holds one line however large
 * the file: the first {@link FileDecoder#BINARY_PROBE} bytes are checked for binary data, each line
 * is parsed by {@link JsonlRecords}, and a line over the memory cap ({@link MemoryBound}) is
 * skipped by number. Text must be UTF-8; reading stops at the first line that is not, keeping the
 * lines before it.
 */
final class JsonlFile {
  private JsonlFile() {}

  static void read(Path file, long maxBytes, InputOutcome outcome) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      outcome.fail("file is " + size + " bytes, over the cap of " + maxBytes);
      return;
    }
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 65536)) {
      in.mark(FileDecoder.BINARY_PROBE);
      byte[] head = in.readNBytes(FileDecoder.BINARY_PROBE);
      in.reset();
      if (head.length == 0) {
        outcome.fail("file is empty");
        return;
      }
      if (FileDecoder.looksBinary(head)) {
        outcome.fail("file is binary, not text");
        return;
      }
      Reader reader =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              65536);
      lines(reader, MemoryBound.cap(maxBytes), maxBytes, outcome);
    }
  }

  private static void lines(Reader reader, long cap, long maxBytes, InputOutcome outcome)
      throws IOException {
    int number = 0;
    boolean any = false;
    StringBuilder line = new StringBuilder();
    while (true) {
      number++;
      Boolean fits;
      try {
        fits = next(reader, line, cap);
      } catch (CharacterCodingException e) {
        outcome.fail("file is not valid UTF-8 text (line " + number + ")");
        return;
      }
      if (fits == null) {
        break;
      }
      String source = outcome.input() + ":" + number;
      if (!fits) {
        outcome.skipBad(source, "line " + number, MemoryBound.overCap("line", maxBytes));
        continue;
      }
      String text =
          number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF'
              ? line.substring(1)
              : line.toString();
      if (text.isBlank()) {
        continue;
      }
      any = true;
      try {
        outcome.add(JsonlRecords.parse(source, text));
      } catch (IllegalArgumentException e) {
        outcome.skipBad(source, "line " + number, String.valueOf(e.getMessage()));
      }
    }
    if (!any && outcome.problems().isEmpty()) {
      outcome.fail("file holds only whitespace");
    }
  }

  /**
   * Reads the next line into {@code line}: true when it fits in {@code cap} characters, false when
   * it did not (the rest of it is passed over), null at the end of the input.
   */
  private static @Nullable Boolean next(Reader reader, StringBuilder line, long cap)
      throws IOException {
    line.setLength(0);
    boolean fits = true;
    boolean read = false;
    int c;
    while ((c = reader.read()) >= 0) {
      read = true;
      if (c == '\n') {
        break;
      }
      if (fits && line.length() >= cap / 2) {
        fits = false;
        line.setLength(0);
        line.trimToSize();
      }
      if (fits) {
        line.append((char) c);
      }
    }
    if (!read) {
      return null;
    }
    if (fits && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    return fits;
  }
}
