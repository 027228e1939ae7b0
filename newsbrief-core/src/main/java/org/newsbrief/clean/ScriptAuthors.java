package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.List;

/** Author strings in a page's scripts' JSON ({@code "author": "…"}, {@code "postedBy": "…"}). */
final class ScriptAuthors {
  private static final ScriptKeys SCRIPT_AUTHOR =
      ScriptKeys.of(
          "(?:author|authorName|author_name|postedBy|BU_author|byline)",
          "\\s*:\\s*\"([^\"]{2,80})\"",
          "author",
          "postedBy",
          "BU_author",
          "byline");

  private ScriptAuthors() {}

  /** An author string in a script's JSON ({@code "author": "…"}, {@code "postedBy": "…"}). */
  static List<String> names(PageElements page) {
    for (String raw : raw(page)) {
      List<String> names = BylineNames.of(raw, true);
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /** The first author string of each script that has one. */
  static List<String> raw(PageElements page) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < page.scripts().size(); i++) {
      String data = page.scriptText(i);
      java.util.regex.Matcher m = data.length() > 1_000_000 ? null : SCRIPT_AUTHOR.find(data);
      if (m != null) {
        out.add(m.group(1));
      }
    }
    return out;
  }
}
