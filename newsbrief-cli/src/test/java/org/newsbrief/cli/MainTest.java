package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String DEMO = Path.of("..", "samples", "iran-isis-2014").toString();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static final String QUAKE = Path.of("src", "test", "resources", "quake").toString();

  @Test
  void listsTheStoriesOfAMixedCorpus() {
    assertThat(run("stories", DEMO, QUAKE)).isZero();

    String listing = out.toString();
    assertThat(listing).startsWith("1. ").contains("\n2. ").doesNotContain("\n3. ");
    assertThat(listing).contains("2014-11-06 to 2014-12-04 · 5 articles");
    assertThat(listing).contains("2014-04-02 to 2014-04-03 · 2 articles").contains("Iquique");
    assertThat(listing).contains("- U.S. opens channels with Iran over ISIS (CNN)");
  }

  @Test
  void listsStoriesAsJson() throws IOException {
    assertThat(run("stories", "--json", QUAKE, DEMO)).isZero();

    com.fasterxml.jackson.databind.JsonNode stories =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).path("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).path("first").asText()).isEqualTo("2014-04-02");
    assertThat(stories.get(0).path("articles")).hasSize(2);
    assertThat(stories.get(1).path("articles")).hasSize(5);
    assertThat(stories.get(1).path("articles").get(0).path("outlet").asText()).isEqualTo("CNN");
  }

  @Test
  void briefsEachStoryOfAMixedCorpus() throws IOException {
    assertThat(run("brief", DEMO, QUAKE)).isZero();
    assertThat(out.toString())
        .startsWith("# Stories")
        .contains("# Story 1: ")
        .contains("# Story 2: ")
        .doesNotContain("# Briefing");

    out.getBuffer().setLength(0);
    assertThat(run("brief", "--format", "json", DEMO, QUAKE)).isZero();
    com.fasterxml.jackson.databind.JsonNode stories =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).path("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).path("briefing").path("articles")).hasSize(2);
    assertThat(stories.get(0).path("label").asText()).containsIgnoringCase("Chile");
    assertThat(stories.get(1).path("briefing").path("articles")).hasSize(5);
  }

  @Test
  void briefsTheDemoCorpusAsMarkdown() {
    assertThat(run("brief", DEMO)).isZero();
    assertThat(out.toString()).startsWith("# Briefing").contains("## What happened");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesJsonToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("briefing.json");

    assertThat(run("brief", "--format", "json", "--out", file.toString(), DEMO)).isZero();

    assertThat(Files.readString(file)).contains("\"articles\"").contains("\"summary\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void reportsBadInputsByNameAndStillBriefsTheRest(@TempDir Path dir) throws IOException {
    Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, 0, 1, 2});

    int code = run("brief", "--format", "html", DEMO, binary.toString());

    assertThat(code).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    assertThat(err.toString()).contains(binary.toString()).contains("binary");
    assertThat(out.toString()).contains("<h2>What happened</h2>").contains("Inputs not briefed");
  }

  @Test
  void failsWhenNothingCanBeRead(@TempDir Path dir) {
    assertThat(run("brief", dir.resolve("nope.txt").toString())).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("no such file or folder");
  }

  @Test
  void limitsTheSummaryBySentences() throws IOException {
    assertThat(run("brief", "--sentences", "2", "--format", "json", DEMO)).isZero();
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.get("summary")).hasSize(2);
  }

  @Test
  void rejectsUsageErrorsWithExitCodeTwo() {
    assertThat(run("brief", "--format", "pdf", DEMO)).isEqualTo(ExitCodes.USAGE);
    assertThat(run("brief", "--copies", "1.5", DEMO)).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown format 'pdf'");
    assertThat(run("brief")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("brief", "--words", "0", DEMO)).isEqualTo(ExitCodes.USAGE);
    assertThat(run("brief", "--sentences", "-1", DEMO)).isEqualTo(ExitCodes.USAGE);
    assertThat(run("eval", "nosuchtask", "--data", ".")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void rejectsANonNumericEvalOptionAsAUsageError(@TempDir Path dir) throws IOException {
    Path data = Files.writeString(dir.resolve("dev.jsonl"), "{}\n");
    assertThat(run("eval", "summarize", "--data", data.toString(), "--set", "limit=abc"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("needs a number").contains("abc");
    Path one =
        Files.writeString(
            dir.resolve("one.jsonl"),
            "{\"articles\": [\"Talks began.\"], \"summary\": \"Talks.\"}\n");
    assertThat(run("eval", "summarize", "--data", one.toString(), "--set", "folds=1"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("bad --set option").contains("folds must be between");
  }

  @Test
  void benchmarksSummarizingOnATinyCorpus(@TempDir Path dir) throws IOException {
    String article =
        "Officials met in Geneva on Monday to discuss the talks. The talks ended late. "
            + "A spokesman said progress was made.";
    String line =
        "{\"articles\": [\""
            + article
            + "\", \""
            + article
            + " More news followed.\"],"
            + " \"summary\": \"Talks in Geneva.\"}\n";
    Path data = Files.writeString(dir.resolve("dev.jsonl"), line + line);
    assertThat(
            run(
                "bench",
                "summarize",
                "--data",
                data.toString(),
                "--json",
                "--set",
                "articles=2",
                "--set",
                "rounds=1"))
        .isZero();
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.path("system").path("stories").asInt()).isEqualTo(2);
    assertThat(json.path("system").path("brief_ms_median").asDouble()).isPositive();
    assertThat(json.path("peers").has("lexrank")).isTrue();
    assertThat(run("bench", "nosuch", "--data", data.toString())).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void namesTheMissingFileWhenABenchmarkFolderLacksOne(@TempDir Path dir) {
    assertThat(run("bench", "extract", "--data", dir.toString())).isEqualTo(ExitCodes.ERROR);
    assertThat(err.toString()).contains("no such file or folder: " + dir.resolve("ids.txt"));
  }

  @Test
  void printsHelpForEveryCommand() {
    assertThat(run("--help")).isZero();
    assertThat(run("brief", "--help")).isZero();
    assertThat(run("eval", "--help")).isZero();
    assertThat(run("bench", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: newsbrief brief").contains("Usage: newsbrief eval");
  }

  @Test
  void buildsOnlyTheNamedCommandButListsEveryCommandInHelp() {
    assertThat(Main.commandLine("brief", DEMO).getSubcommands().keySet()).containsExactly("brief");
    assertThat(Main.commandLine("help", "brief").getSubcommands()).hasSize(Main.COMMANDS.size());
    assertThat(Main.commandLine("brif").getSubcommands().keySet())
        .containsExactly(
            "brief", "ingest", "follow", "extract", "eval", "bench", "train", "serve", "search",
            "stories", "help");

    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("  brief ").contains("  stories ").contains("  help ");
  }
}
