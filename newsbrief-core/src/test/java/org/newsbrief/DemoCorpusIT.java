package org.newsbrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsbrief.analyze.Tokens;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.render.BriefingFormat;

/** End to end on the bundled demo corpus: five outlets, one story, 2014. */
class DemoCorpusIT {
  private static final Path DEMO = Path.of("..", "samples", "iran-isis-2014");

  /** Lines of page furniture that appear in the demo corpus files. */
  private static final List<String> FURNITURE =
      List.of(
          "ADVERTISEMENT",
          "Accessibility links",
          "Breaking News",
          "Click to Read More",
          "Click to Hide",
          "comment policy",
          "No comments",
          "Post a Comment",
          "Copyright",
          "reprint permission",
          "SEE ALSO",
          "can be reached at",
          "contributed to this report",
          "By Reuters",
          "is not responsible for the content",
          "FILE - U.S. Secretary of State John Kerry speaks",
          "meet in Muscat November 10",
          "speaks about the situation in Iraq",
          "updated 7:58 PM EST");

  private final Briefing briefing = NewsBriefings.create().brief(List.of(DEMO));

  private static String normalise(String text) {
    return text.replaceAll("[“”]", "\"").replaceAll("[‘’]", "'").replaceAll("\\s+", " ").strip();
  }

  @Test
  void briefsAllFiveArticlesWithTheirMetadata() {
    assertThat(briefing.problems()).isEmpty();
    assertThat(briefing.articles()).hasSize(5);
    Map<String, Article> byFile =
        briefing.articles().stream()
            .collect(
                Collectors.toMap(
                    a -> Path.of(a.source()).getFileName().toString(), Function.identity()));
    assertThat(byFile.get("000_798b2123373476ee.txt").title())
        .isEqualTo("State Dept: U.S. Discussing Islamic State Fight With Iran");
    assertThat(byFile.get("000_798b2123373476ee.txt").published()).hasToString("2014-12-04");
    assertThat(byFile.get("002_8c3b7080b64385d4.txt").outlet()).isEqualTo("CNN");
    assertThat(byFile.get("002_8c3b7080b64385d4.txt").published()).hasToString("2014-11-06");
    assertThat(byFile.get("003_b76cf0e2043bbb6b.txt").outlet()).isEqualTo("The Washington Times");
    assertThat(byFile.get("003_b76cf0e2043bbb6b.txt").published()).hasToString("2014-12-03");
    assertThat(byFile.get("004_468e63a037a26042.txt").outlet()).isEqualTo("Reuters");
    assertThat(byFile.get("004_468e63a037a26042.txt").published()).isNull();
    assertThat(byFile.get("001_d426306541646284.txt").published()).isNull();
  }

  @Test
  void noBoilerplateLineSurvives() {
    for (Article a : briefing.articles()) {
      for (String paragraph : a.paragraphs()) {
        for (String furniture : FURNITURE) {
          assertThat(paragraph).as(a.source()).doesNotContain(furniture);
        }
      }
      assertThat(a.paragraphs()).as("repeated paragraphs in " + a.source()).doesNotHaveDuplicates();
    }
  }

  @Test
  void wrappedLinesAreRejoined() {
    Article cnn =
        briefing.articles().stream()
            .filter(a -> a.source().endsWith("002_8c3b7080b64385d4.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(cnn.paragraphs())
        .contains(
            "The conversations do not include taking joint military action against ISIS targets,"
                + " the sources said, but are seen as necessary to avert conflict in U.S. and"
                + " Iranian operations.");
    assertThat(cnn.paragraphs()).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
    assertThat(cnn.paragraphs()).noneMatch(p -> p.equals("Senior White House"));
  }

  @Test
  void everySummarySentenceAppearsInEveryArticleItCites() {
    assertThat(briefing.summary()).hasSizeGreaterThanOrEqualTo(3);
    Map<String, Article> byId =
        briefing.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    for (SummarySentence s : briefing.summary()) {
      assertThat(s.sources()).isNotEmpty();
      for (String id : s.sources()) {
        assertThat(normalise(byId.get(id).body())).contains(normalise(s.text()));
      }
      for (Article a : briefing.articles()) {
        if (normalise(a.body()).contains(normalise(s.text()))) {
          assertThat(s.sources()).as("uncited source of: " + s.text()).contains(a.id());
        }
      }
    }
    for (SummarySentence s : briefing.summary()) {
      assertThat(s.support()).containsAll(s.sources());
      assertThat(s.outlets()).isBetween(1, s.support().size());
    }
    assertThat(briefing.summary()).anySatisfy(s -> assertThat(s.outlets()).isGreaterThan(1));
    int words = briefing.summary().stream().mapToInt(s -> Tokens.words(s.text()).size()).sum();
    // the default length grows with the story: 150 words and 12 more per further article
    int budget = BriefingOptions.defaults().wordsFor(briefing.articles().size());
    assertThat(words).isBetween(100, (int) (budget * 1.15));
    assertThat(briefing.summary()).extracting(SummarySentence::text).doesNotHaveDuplicates();
  }

  @Test
  void timelineResolvesRelativeDatesAgainstEachArticle() {
    Map<String, Article> byId =
        briefing.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    assertThat(briefing.timeline())
        .anySatisfy(
            e -> {
              assertThat(e.date()).isEqualTo("2014-12-03");
              assertThat(e.text()).startsWith("The State Department confirmed on Wednesday");
              assertThat(byId.get(e.sources().get(0)).published()).hasToString("2014-12-04");
            });
    assertThat(briefing.timeline()).anySatisfy(e -> assertThat(e.date()).isEqualTo("2014-09"));
    assertThat(briefing.timeline())
        .isSortedAccordingTo(
            java.util.Comparator.comparing(org.newsbrief.model.TimelineEvent::date));
  }

  @Test
  void quotesAreAttributedToTheirSpeakers() {
    Map<String, String> speakerOf =
        briefing.quotes().stream()
            .collect(
                Collectors.toMap(
                    q -> q.text().substring(0, Math.min(30, q.text().length())),
                    q -> q.speaker().name(),
                    (a, b) -> a));
    assertThat(speakerOf.get("The United States will not coo")).isEqualTo("Josh Earnest");
    assertThat(speakerOf.get("I’m not going to make any anno")).isEqualTo("John Kerry");
    assertThat(speakerOf.get("It’s possible that on the side")).isEqualTo("John Kirby");
    assertThat(speakerOf.get("are not and will not coordinat")).isEqualTo("Jen Psaki");
    assertThat(briefing.quotes())
        .filteredOn(q -> q.speaker().name().equals("Josh Earnest"))
        .allSatisfy(q -> assertThat(q.speaker().role()).isEqualTo("White House spokesman"));
  }

  @Test
  void entitiesMergeAliasesAcrossArticles() {
    org.newsbrief.model.Entity group =
        briefing.entities().stream()
            .filter(e -> e.name().equals("Islamic State"))
            .findFirst()
            .orElseThrow();
    assertThat(group.aliases()).contains("IS", "ISIL", "ISIS", "Daesh");
    assertThat(group.mentions().stream().map(org.newsbrief.model.Mention::article).distinct())
        .hasSize(5);
    org.newsbrief.model.Entity kerry =
        briefing.entities().stream()
            .filter(e -> e.name().equals("John Kerry"))
            .findFirst()
            .orElseThrow();
    assertThat(kerry.aliases()).contains("John F. Kerry", "Kerry");
    assertThat(briefing.quotes())
        .filteredOn(q -> q.speaker().name().equals("John Kerry"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().entity()).isEqualTo(kerry.id()));
  }

  @Test
  void conflictsShowBothSidesWithTheirSpeakers() {
    org.newsbrief.model.Conflict coordination =
        briefing.conflicts().stream()
            .filter(c -> c.topic().contains("coordination"))
            .findFirst()
            .orElseThrow();
    assertThat(coordination.sides())
        .anySatisfy(
            s -> {
              assertThat(s.stance()).isEqualTo("affirms");
              assertThat(s.text()).contains("line of fire");
              assertThat(s.speaker().name()).contains("Kerry");
            })
        .anySatisfy(
            s -> {
              assertThat(s.stance()).isEqualTo("denies");
              assertThat(s.speaker().name()).isEqualTo("U.S. officials");
            });
    org.newsbrief.model.Conflict talks =
        briefing.conflicts().stream()
            .filter(c -> c.topic().startsWith("conversations"))
            .findFirst()
            .orElseThrow();
    assertThat(talks.sides())
        .anySatisfy(s -> assertThat(s.text()).startsWith("The State Department confirmed"))
        .anySatisfy(s -> assertThat(s.text()).startsWith("The Iranians continue to deny"));
  }

  @Test
  void producesAllThreeFormats(@TempDir Path dir) throws IOException {
    String md = NewsBriefings.render(briefing, BriefingFormat.MD);
    String html = NewsBriefings.render(briefing, BriefingFormat.HTML);
    JsonNode json =
        new ObjectMapper().readTree(NewsBriefings.render(briefing, BriefingFormat.JSON));

    assertThat(md).startsWith("# Briefing").contains("## What happened").contains("## Sources");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>What happened</h2>");
    assertThat(json.get("articles")).hasSize(5);
    assertThat(json.get("summary").size()).isEqualTo(briefing.summary().size());
    assertThat(json.get("timeline").size()).isEqualTo(briefing.timeline().size());
    assertThat(md).contains("## Timeline").contains("**2014-12-03**");
    assertThat(md).contains("## Who said what").contains("**Josh Earnest, White House spokesman**");
    assertThat(json.get("quotes").size()).isEqualTo(briefing.quotes().size());
    assertThat(json.get("entities").size()).isPositive().isLessThan(briefing.entities().size());
    java.util.Set<String> shown = new java.util.HashSet<>();
    json.get("entities").forEach(e -> shown.add(e.get("id").asText()));
    json.get("quotes")
        .forEach(
            q -> {
              if (q.at("/speaker/entity").isTextual()) {
                assertThat(shown).contains(q.at("/speaker/entity").asText());
              }
            });
    String whoMd = md.substring(md.indexOf("## Who is involved"), md.indexOf("## Who said what"));
    assertThat(whoMd.split("\\n- \\*\\*", -1).length - 1).isEqualTo(shown.size());
    assertThat(html.split("<li id=\"entity-", -1).length - 1).isEqualTo(shown.size());
    assertThat(json.get("conflicts").size()).isEqualTo(briefing.conflicts().size());
    assertThat(md).contains("## Where sources disagree");
    assertThat(md).contains("## Who is involved").contains("**Islamic State** (group)");
    assertThat(json.at("/quotes/0/speaker/name").isTextual()).isTrue();
    assertThat(html).contains("<h2>Timeline</h2>").contains("<time>2014-12-03</time>");
    Files.writeString(dir.resolve("b.html"), html);
    assertThat(Files.size(dir.resolve("b.html"))).isPositive();
  }

  @Test
  void htmlEscapesArticleText(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("hostile.html"),
        "<html><body><h1>Talks &lt;script&gt;alert(1)&lt;/script&gt;</h1>"
            + "<p>Officials said the &lt;img src=x onerror=alert(1)&gt; talks with Iran over"
            + " Islamic State would continue in Vienna next week.</p></body></html>");
    Briefing hostile = NewsBriefings.create().brief(List.of(DEMO, dir.resolve("hostile.html")));
    String html = NewsBriefings.render(hostile, BriefingFormat.HTML);

    assertThat(hostile.articles()).hasSize(6);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(html).contains("Talks &lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
