package org.newsbrief.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Mozilla Readability (npm {@code @mozilla/readability} on jsdom, pinned by {@code
 * tools/readability-node/package-lock.json}) run by Node in one child process over all pages: pages
 * go to {@code extract.js} as JSON lines on stdin, and {@code {id, text, ms}} lines come back on
 * stdout. Node processes every page twice and reports the second, warm pass, so {@code ms} is
 * per-page time without Node's start-up or JIT warm-up. {@link #locate} is empty, after saying why
 * on stderr, when node or the installed packages are missing.
 */
final class NodeReadability {
  static final String PEER = "mozilla_readability";
  private static final Path TOOL = Path.of("tools", "readability-node");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One page's text, with a line per block element, and the milliseconds Node spent on it. */
  record Output(String text, double ms) {}

  private final Path node;
  private final Path tool;
  private final Duration timeout;
  private final boolean textContent;

  private NodeReadability(Path node, Path tool, Duration timeout, boolean textContent) {
    this.node = node;
    this.tool = tool;
    this.timeout = timeout;
    this.textContent = textContent;
  }

  /**
   * Finds node ({@code node} option, else on PATH) and the tool folder ({@code readability_node}
   * option, else {@code tools/readability-node} above the working directory or above this class).
   * Option {@code node_timeout_s} (default 900) bounds the child process; {@code
   * mozilla_text=text_content} scores Readability's raw textContent instead of block lines.
   */
  static Optional<NodeReadability> locate(Map<String, String> options, PrintStream err) {
    Path node = options.containsKey("node") ? Path.of(options.get("node")) : onPath("node");
    if (node == null || !Files.isExecutable(node)) {
      err.println(PEER + " skipped: node not found (install Node 20+ or pass --set node=PATH)");
      return Optional.empty();
    }
    Path tool =
        options.containsKey("readability_node")
            ? Path.of(options.get("readability_node"))
            : findTool();
    if (tool == null || !Files.isRegularFile(tool.resolve("extract.js"))) {
      err.println(
          PEER + " skipped: " + TOOL + "/extract.js not found (--set readability_node=DIR)");
      return Optional.empty();
    }
    for (String module : List.of("@mozilla/readability", "jsdom")) {
      if (!Files.isRegularFile(tool.resolve("node_modules").resolve(module + "/package.json"))) {
        err.printf(
            "%s skipped: %s is not installed in %s/node_modules (run %s)%n",
            PEER, module, tool, ".ci/setup/readability-node.sh");
        return Optional.empty();
      }
    }
    Duration timeout =
        Duration.ofSeconds(Long.parseLong(options.getOrDefault("node_timeout_s", "900")));
    boolean textContent = "text_content".equals(options.get("mozilla_text"));
    return Optional.of(
        new NodeReadability(node.toAbsolutePath(), tool.toAbsolutePath(), timeout, textContent));
  }

  /**
   * Runs Readability on the pages (id to HTML, with each page's URL) and returns each page's
   * output; what Node printed on stderr (a summary line, page errors) is copied to {@code err}.
   *
   * @throws IOException when Node fails, times out or leaves out a page
   */
  Map<String, Output> run(Map<String, String> html, Map<String, String> urls, PrintStream err)
      throws IOException {
    Path dir = Files.createTempDirectory("newsbrief-readability");
    Path in = dir.resolve("pages.jsonl");
    Path out = dir.resolve("out.jsonl");
    Path log = dir.resolve("stderr.txt");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, String> page : html.entrySet()) {
          Map<String, String> line = new LinkedHashMap<>();
          line.put("id", page.getKey());
          line.put("html", page.getValue());
          line.put("url", urls.getOrDefault(page.getKey(), "https://example.com/"));
          w.write(MAPPER.writeValueAsString(line));
          w.newLine();
        }
      }
      List<String> command =
          new ArrayList<>(List.of(node.toString(), "extract.js", "--passes", "2"));
      if (textContent) {
        command.add("--text-content");
      }
      Process process =
          new ProcessBuilder(command)
              .directory(tool.toFile())
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(log.toFile())
              .start();
      int exit = await(process);
      String stderr = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (exit != 0) {
        throw new IOException("node exited with " + exit + ": " + tail(stderr));
      }
      if (!stderr.isEmpty()) {
        err.println(stderr);
      }
      return outputs(Files.readAllLines(out, StandardCharsets.UTF_8), html.keySet());
    } finally {
      for (Path p : List.of(in, out, log, dir)) {
        Files.deleteIfExists(p);
      }
    }
  }

  private int await(Process process) throws IOException {
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("node did not finish within " + timeout.toSeconds() + " s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for node", e);
    }
  }

  /** Parses extract.js output lines; every expected id must be there. */
  static Map<String, Output> outputs(List<String> lines, Iterable<String> ids) throws IOException {
    Map<String, Output> byId = new LinkedHashMap<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        JsonNode row = MAPPER.readTree(line);
        byId.put(
            row.path("id").asText(),
            new Output(row.path("text").asText(""), row.path("ms").asDouble()));
      }
    }
    for (String id : ids) {
      if (!byId.containsKey(id)) {
        throw new IOException("node gave no output for page " + id);
      }
    }
    return byId;
  }

  private static String tail(String text) {
    return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
  }

  private static @Nullable Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return Path.of(dir, program);
      }
    }
    return null;
  }

  private static @Nullable Path findTool() {
    List<Path> starts = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
    CodeSource code = NodeReadability.class.getProtectionDomain().getCodeSource();
    if (code != null) {
      try {
        starts.add(Path.of(code.getLocation().toURI()));
      } catch (URISyntaxException e) {
        // an unusual class location: the working directory is still searched
      }
    }
    for (Path start : starts) {
      for (Path dir = start; dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve(TOOL).resolve("extract.js"))) {
          return dir.resolve(TOOL);
        }
      }
    }
    return null;
  }
}
