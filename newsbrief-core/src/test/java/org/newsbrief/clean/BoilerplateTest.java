package org.newsbrief.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ADVERTISEMENT",
        "Accessibility links",
        "Breaking News",
        "Click to Read More and View Comments",
        "Click to Hide",
        "Please read our comment policy before commenting.",
        "No comments:",
        "Post a Comment",
        "Copyright © 2024 The Washington Times, LLC. Click here for reprint permission.",
        "SEE ALSO: Iran using U.S.-made F-4 Phantom jets to bomb Islamic State",
        "• Guy Taylor can be reached at gtaylor@washingtontimes.com.",
        "CNN’s Stephen Collinson contributed to this report.",
        "By Reuters",
        "The Iran Project is not responsible for the content of quoted articles.",
        "Photo: Damian Dovarganes, AP",
        "This slideshow requires JavaScript.",
        "2019-11-19T08:57:40+01:00",
        "https://static6.example.com/image/5dd3a081695b.jpg",
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "Updated at 1:23 p.m.",
        "Vicente Aguiar loads trims into his truck outside a store. (AP Photo/Alan Diaz, File)",
        "[button link=”http://example.com/submit/” type=”big”] Send us YOUR review[/button]"
      })
  void recognisesFurniture(String line) {
    assertThat(Boilerplate.isBoilerplate(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Wednesday, the talks had ended without agreement in Vienna.",
        "Breaking news of the letter angered congressional opponents of a deal.",
        "Iran also denies that it has launched airstrikes on IS.",
        "The White House also stressed it is not working alongside the Iranian military.",
        "Sources said the talks would resume in Vienna next week after a short pause.",
        "He turned left and drove to the ministry, where officials were waiting."
      })
  void keepsArticleSentences(String line) {
    assertThat(Boilerplate.isBoilerplate(line)).isFalse();
  }

  /** The single alternation Boilerplate used before its patterns were split by telling phrase. */
  private static final java.util.regex.Pattern BEFORE_SPLIT =
      java.util.regex.Pattern.compile(
          String.join(
              "|",
              "(?:advertisement|advertisements?|sponsored( content)?|ad)",
              "(?:accessibility links|skip to (main )?content|skip navigation|jump to navigation)",
              "(?:breaking news|live updates?|top stories|most popular|trending( now)?)",
              "(?:click to (read more|hide|expand|show|view)\\b.*)",
              "(?:click here\\b.*)",
              "(?:(please )?read our comment policy.*)",
              "(?:(no|\\d+) comments?:?|post a comment|leave a comment|add a comment|show comments"
                  + "|view comments|comments|join the conversation.*)",
              "(?:(copyright|©|\\(c\\)).*)",
              "(?:.*\\ball rights reserved\\b.*)",
              "(?:.*\\breprint permission\\b.*)",
              "(?:(see also|related|read more|more:|watch|listen)\\s*:.*)",
              "(?:(share|share this( article| story)?|tweet|email|print|facebook|twitter|whatsapp)"
                  + "(\\s*[|/,]\\s*\\w+)*)",
              "(?:(sign up|subscribe|follow us|get our newsletter)\\b.{0,80})",
              "(?:loading\\.*|scroll to continue.*|continue reading.*)",
              "(?:[•·*]?\\s*.{0,80}\\b(can|may) be reached at\\b.*)",
              "(?:.{0,120}\\bsubscribe to .{0,60}newsletters?\\.?)",
              "(?:updated( at)? \\d{1,2}:\\d{2}.{0,20})",
              "(?:.{0,300}\\((ap|afp|reuters|getty images)( photo)?[ /].{0,60}\\)\\.?)",
              "(?:.{0,80}\\bcontributed to this report\\.?)",
              "(?:.{0,120}\\bis not responsible for the content of .*)",
              "(?:by [A-Z].{0,60})",
              "(?:(photo|image|video|credit|source)s?\\s*:.{0,80})",
              "(?:caption|close|explore further|something to consider|tell us what you think.*)",
              "(?:this (slideshow|video|content) requires javascript\\.?)",
              "(?:\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|z)?)",
              "(?:https?://\\S+)",
              "(?:citation: .{0,200}retrieved .{0,80} from https?://\\S+)",
              "(?:this document is subject to copyright\\..*)",
              "(?:if you enjoyed this article.*)",
              "(?:\\[(?<tag>\\w+)[^\\]]*\\].{0,120}\\[/\\k<tag>\\])",
              "(?:.{0,200}\\bclick here for more information\\b.*)"),
          java.util.regex.Pattern.CASE_INSENSITIVE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ADVERTISEMENT",
        "Copyright © 2024 The Washington Times, LLC. Click here for reprint permission.",
        "2024 Example Media. ALL RIGHTS RESERVED.",
        "Contact us for REPRINT PERMISSION today",
        "• Guy Taylor can be reached at gtaylor@washingtontimes.com.",
        "Guy Taylor could not be reached at his office on Monday.",
        "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.",
        "The newsletter went out to subscribers on Monday.",
        "Vicente Aguiar loads trims into his truck outside a store. (AP Photo/Alan Diaz, File)",
        "Officials met in Geneva (AFP/Getty) on Tuesday after weeks of talks.",
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
        "(Reuters/ Staff).",
        "CNN’s Stephen Collinson contributed to this report.",
        "Many people contributed to this report over several months, the author said in a note.",
        "The Iran Project is not responsible for the content of quoted articles.",
        "Click here for more information about the program.",
        "By Wednesday, the talks had ended without agreement in Vienna.",
        "He turned left and drove to the ministry, where officials were waiting.",
        "Ä (İSTANBUL) ALL RIGHTS RESERVED",
        ""
      })
  void agreesWithTheSingleAlternationItWasSplitFrom(String line) {
    String trimmed = line.strip();
    boolean before =
        !trimmed.isEmpty()
            && trimmed.length() <= 300
            && !(trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("by ")
                && !Boilerplate.isByline(trimmed))
            && BEFORE_SPLIT.matcher(trimmed).matches();

    assertThat(Boilerplate.isBoilerplate(line)).isEqualTo(before);
  }
}
