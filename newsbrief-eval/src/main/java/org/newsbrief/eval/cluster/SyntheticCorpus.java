package org.newsbrief.eval.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link SyntheticStream} as a JSONL corpus that {@code newsbrief} and the Spark job read:
 * one line per article with {@code text}, {@code date} and {@code outlet}, in stream (date) order.
 * Each text is the re-mixed real article, cut to its first sentences of about {@code words} words
 * when {@code words > 0}, and closed by a filing line with the article's serial number, so that no
 * two lines are the same article (newsbrief names an article by a hash of its text).
 */
final class SyntheticCorpus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SyntheticCorpus() {}

  static void write(SyntheticStream stream, int words, Path file) throws IOException {
    List<SyntheticStream.Event> events = stream.events();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < events.size(); i++) {
        SyntheticStream.Event e = events.get(i);
        String outlet = "Wire " + (char) ('A' + Math.floorMod(e.tie(), 26));
        String text = lead(stream.text(e), words);
        ObjectNode line = MAPPER.createObjectNode();
        line.put("text", text + "\n\n(Filed by " + outlet + ", item " + (i + 1) + ".)");
        line.put("date", e.date().toString());
        line.put("outlet", outlet);
        out.write(MAPPER.writeValueAsString(line));
        out.write('\n');
      }
    }
  }

  /** The opening sentences of {@code text}, about {@code words} words; all of it when 0. */
  static String lead(String text, int words) {
    if (words <= 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (String sentence : text.split("(?<=[.!?][\"”’]?)\\s+")) {
      out.append(out.length() == 0 ? "" : " ").append(sentence);
      count += sentence.split("\\s+").length;
      if (count >= words) {
        break;
      }
    }
    return out.toString();
  }
}
