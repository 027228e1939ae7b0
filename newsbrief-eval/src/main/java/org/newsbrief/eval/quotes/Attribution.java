package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold attribution relation from a PolNeAR .ann file, with spans as UTF-16 offsets into the
 * article text.
 *
 * @param content the content spans (possibly discontinuous), each {start, end}
 * @param source the source spans, empty when the relation names no source
 * @param direct whether the content holds a quotation mark
 */
record Attribution(List<int[]> content, List<int[]> source, boolean direct) {
  static List<Attribution> read(Path ann, String text) throws IOException {
    Map<String, List<int[]>> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (line.startsWith("T") && cols.length >= 2) {
        String[] typeAndSpans = cols[1].split(" ", 2);
        if (typeAndSpans.length == 2) {
          spans.put(cols[0], parseSpans(typeAndSpans[1], text));
        }
      } else if (line.startsWith("E") && cols.length >= 2) {
        relations.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] relation : relations) {
      List<int[]> content = new ArrayList<>();
      List<int[]> source = new ArrayList<>();
      for (String arg : relation) {
        String[] kv = arg.split(":");
        if (kv.length != 2) {
          continue;
        }
        List<int[]> s = spans.getOrDefault(kv[1], List.of());
        if (kv[0].startsWith("Content")) {
          content.addAll(s);
        } else if (kv[0].equals("Source")) {
          source.addAll(s);
        }
      }
      if (!content.isEmpty()) {
        out.add(new Attribution(content, source, hasQuoteMark(content, text)));
      }
    }
    return out;
  }

  private static List<int[]> parseSpans(String spec, String text) {
    List<int[]> spans = new ArrayList<>();
    for (String part : spec.split(";")) {
      String[] se = part.trim().split(" ");
      int s = Integer.parseInt(se[0]);
      int e = Integer.parseInt(se[1]);
      int cps = text.codePointCount(0, text.length());
      if (s > cps || e > cps) {
        continue;
      }
      spans.add(new int[] {text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e)});
    }
    return spans;
  }

  private static boolean hasQuoteMark(List<int[]> content, String text) {
    for (int[] span : content) {
      String s = text.substring(span[0], span[1]);
      if (s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0) {
        return true;
      }
    }
    return false;
  }

  static boolean overlaps(List<int[]> spans, int start, int end) {
    for (int[] span : spans) {
      if (span[0] < end && start < span[1]) {
        return true;
      }
    }
    return false;
  }
}
