package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.newsbrief.clean.BylineModel;
import org.newsbrief.clean.DateModel;
import org.newsbrief.clean.NewsCleaner;
import org.newsbrief.clean.PageExtraction;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Everything the cleaner reads from each page, one JSON line a page, for checking that a change
 * leaves the output byte-identical: dump with the old code and the new ({@code --set dump=FILE} on
 * {@code eval webpages} and {@code eval extract}), then {@code cmp} or {@code diff} the files. A
 * line holds the page id, the extraction's fields (title, byline, outlet, published, modified, url,
 * language, block kinds, paragraph count and a SHA-256 of the text, so that the page text itself is
 * not copied out), the rules' date and every date candidate with its features (shown dates always
 * read), and the rules' byline and every byline candidate with its features.
 */
final class ExtractionDump implements Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Writer out;

  private ExtractionDump(Writer out) {
    this.out = out;
  }

  /** The dump the {@code dump} option names, or null when there is none. */
  static @Nullable ExtractionDump open(Map<String, String> options) throws IOException {
    String file = options.get("dump");
    return file == null
        ? null
        : new ExtractionDump(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
  }

  /** Dumps {@code pages} (id to HTML), read by {@code cleaner}, when the options ask for it. */
  static void pages(Map<String, String> options, Map<String, String> pages, NewsCleaner cleaner)
      throws IOException {
    try (ExtractionDump dump = open(options)) {
      if (dump != null) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          String html = page.getValue();
          dump.add(
              page.getKey(),
              html,
              cleaner.extract(RawDocument.of("page", SourceFormat.HTML, html)));
        }
      }
    }
  }

  /** Writes one page's line: {@code html} as the cleaner read it, {@code x} what it gave. */
  void add(String id, String html, @Nullable PageExtraction x) throws IOException {
    out.write(line(id, html, x));
    out.write('\n');
  }

  /** One page's line, without its newline. */
  static String line(String id, String html, @Nullable PageExtraction x) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id);
    if (x != null) {
      o.put("title", x.title());
      o.set("byline", MAPPER.valueToTree(x.byline()));
      o.put("outlet", x.outlet());
      o.put("published", x.published() == null ? null : x.published().toString());
      o.put("modified", x.modified() == null ? null : x.modified().toString());
      o.put("url", x.url());
      o.put("language", x.language());
      o.set("blocks", MAPPER.valueToTree(new TreeMap<>(x.blocks())));
      o.put("paragraphs", x.paragraphs().size());
      o.put("text_sha256", sha256(String.join("\n", x.paragraphs())));
    }
    DateModel.PageDates dates = DateModel.candidates(html, true);
    o.put("date_rules", dates.rules() == null ? null : dates.rules().toString());
    ArrayNode dateCandidates = o.putArray("date_candidates");
    for (DateModel.PageDate c : dates.candidates()) {
      ArrayNode row = dateCandidates.addArray().add(c.date().toString());
      for (double f : c.features()) {
        row.add(f);
      }
    }
    BylineModel.PageBylines bylines = BylineModel.candidates(html);
    o.put("byline_rules", bylines.rules());
    ArrayNode bylineCandidates = o.putArray("byline_candidates");
    for (BylineModel.PageByline c : bylines.candidates()) {
      ArrayNode row = bylineCandidates.addArray().add(c.value());
      for (double f : c.features()) {
        row.add(f);
      }
    }
    return o.toString();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
