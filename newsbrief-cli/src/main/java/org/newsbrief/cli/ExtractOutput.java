package org.newsbrief.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.PageExtraction;

/**
 * Renders what {@code newsbrief extract} read: plain text or Markdown (headline, then the text;
 * Markdown keeps headings and list items), one JSON object for one input and an array for several,
 * or one JSON object a line. Objects use the briefing schema's key names (docs/extract.md).
 */
final class ExtractOutput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper LINES = new ObjectMapper();

  /** One input's extraction, or why it failed. */
  record Item(String input, @Nullable PageExtraction page, @Nullable String error) {
    static Item of(String input, PageExtraction page) {
      return new Item(input, page, null);
    }

    static Item failed(String input, String error) {
      return new Item(input, null, error);
    }
  }

  private ExtractOutput() {}

  static String render(List<Item> items, ExtractFormat format) {
    StringBuilder out = new StringBuilder();
    switch (format) {
      case TXT, MD -> {
        for (Item item : items) {
          if (item.page() != null) {
            if (out.length() > 0) {
              out.append('\n');
            }
            text(item.page(), format == ExtractFormat.MD, out);
          }
        }
      }
      case JSON -> {
        ArrayNode all = MAPPER.createArrayNode();
        items.forEach(i -> all.add(json(i)));
        out.append(write(MAPPER, items.size() == 1 ? all.get(0) : all)).append('\n');
      }
      case JSONL -> items.forEach(i -> out.append(write(LINES, json(i))).append('\n'));
    }
    return out.toString();
  }

  private static void text(PageExtraction page, boolean markdown, StringBuilder out) {
    if (page.title() != null) {
      out.append(markdown ? "# " : "").append(page.title()).append("\n\n");
    }
    for (String paragraph : page.paragraphs()) {
      String kind = markdown ? page.blocks().get(paragraph) : null;
      if (kind == null) {
        out.append(paragraph).append("\n\n");
      } else if (kind.equals("li")) {
        out.append("- ").append(paragraph).append('\n');
      } else {
        out.append("#".repeat(kind.charAt(1) - '0')).append(' ').append(paragraph).append("\n\n");
      }
    }
  }

  static ObjectNode json(Item item) {
    ObjectNode o = LINES.createObjectNode();
    o.put("input", item.input());
    PageExtraction page = item.page();
    if (page == null) {
      o.put("error", item.error());
      return o;
    }
    o.put("title", page.title());
    ArrayNode byline = o.putArray("byline");
    page.byline().forEach(byline::add);
    o.put("outlet", page.outlet());
    o.put("published", day(page.published()));
    o.put("modified", day(page.modified()));
    o.put("url", page.url());
    o.put("language", page.language());
    o.put("text", page.text());
    ArrayNode paragraphs = o.putArray("paragraphs");
    page.paragraphs().forEach(paragraphs::add);
    return o;
  }

  private static @Nullable String day(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String write(ObjectMapper mapper, Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
