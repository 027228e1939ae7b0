package org.newsbrief.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.TimeExpression;

/**
 * A TimeML document: the plain text of its TEXT element, its creation date, and the gold TIMEX3
 * annotations as character spans of that text.
 *
 * @param name the file name
 * @param text the TEXT element with all markup removed
 * @param creation the document creation time's date, when it has one
 * @param gold the TIMEX3 expressions inside TEXT
 */
record TimeMlDocument(
    String name, String text, @Nullable LocalDate creation, List<TimeExpression> gold) {
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  static TimeMlDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    LocalDate creation = creation(xml);
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) {
      throw new IOException(file + ": no <TEXT> element");
    }
    String body = xml.substring(open + "<TEXT>".length(), close);
    StringBuilder text = new StringBuilder();
    List<TimeExpression> gold = new ArrayList<>();
    Matcher m = TAG.matcher(body);
    int last = 0;
    int timexStart = -1;
    String type = "";
    String value = "";
    while (m.find()) {
      text.append(unescape(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        timexStart = text.length();
        type = attribute(m.group(3), "type");
        value = attribute(m.group(3), "value");
      } else if (timexStart >= 0) {
        gold.add(
            new TimeExpression(text.substring(timexStart), timexStart, text.length(), type, value));
        timexStart = -1;
      }
    }
    text.append(unescape(body.substring(last)));
    return new TimeMlDocument(file.getFileName().toString(), text.toString(), creation, gold);
  }

  private static @Nullable LocalDate creation(String xml) {
    Matcher dct = Pattern.compile("<DCT>\\s*<TIMEX3([^>]*)>").matcher(xml);
    if (!dct.find()) {
      return null;
    }
    String value = attribute(dct.group(1), "value");
    try {
      return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String attribute(String attributes, String name) {
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      if (a.group(1).equals(name)) {
        return a.group(2);
      }
    }
    return "";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
