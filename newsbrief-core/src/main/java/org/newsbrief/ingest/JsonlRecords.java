package org.newsbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * One article per JSON line: {@code text} or {@code html} (one is required), and optionally {@code
 * url}, {@code date} (ISO date or date-time), {@code outlet}, {@code title}, {@code byline} (or
 * {@code author}) and {@code language} (a language tag such as "en" or "en-US").
 */
public final class JsonlRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonlRecords() {}

  /**
   * Parses one line.
   *
   * @param source names the line in messages and in the document ("file.jsonl:12")
   * @throws IllegalArgumentException with a message for a person when the line is not a record
   */
  public static RawDocument parse(String source, String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String html = text(node, "html");
    String text = text(node, "text");
    if (html == null && text == null) {
      throw new IllegalArgumentException("needs a \"text\" or \"html\" field");
    }
    SourceFormat format = html != null ? SourceFormat.HTML : SourceFormat.TEXT;
    String content = html != null ? html : java.util.Objects.requireNonNull(text);
    return new RawDocument(
        source,
        format,
        content,
        text(node, "url"),
        text(node, "title"),
        text(node, "outlet"),
        date(text(node, "date")),
        text(node, "byline") != null ? text(node, "byline") : text(node, "author"),
        text(node, "language"));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
