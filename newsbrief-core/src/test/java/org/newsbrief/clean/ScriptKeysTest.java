package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScriptKeysTest {
  private static final String KEYS = "(?:datePublished|published_?[aA]t|pubDate)";
  private static final String AFTER = "\\s*:\\s*\"([^\"]{6,40})\"";
  private static final ScriptKeys FAST = ScriptKeys.of(KEYS, AFTER, "date", "pub");
  private static final Pattern SLOW = Pattern.compile("\"" + KEYS + "\"" + AFTER);

  @Test
  void findsTheMatchFindWouldFind() {
    List<String> scripts =
        List.of(
            "var a = {\"pubDate\": \"x\", \"datePublished\" : \"2014-12-04T10:00Z\"};",
            "\"published_at\":\"2020-01-02\" \"pubDate\":\"2021-01-01\"",
            "\"\"datePublished\":\"2019-05-06\"",
            "{\"date\": \"2019-05-06\", \"pub\": 1}",
            "no quotes at all",
            "\"publishedAt\": \"short\", \"publishedAt\": \"2018-07-08 10:00\"",
            "");
    for (String script : scripts) {
      Matcher slow = SLOW.matcher(script);
      Matcher fast = FAST.find(script);
      if (slow.find()) {
        assertThat(fast).as(script).isNotNull();
        assertThat(fast.start()).isEqualTo(slow.start());
        assertThat(fast.group(1)).isEqualTo(slow.group(1));
      } else {
        assertThat(fast).as(script).isNull();
      }
    }
  }
}
