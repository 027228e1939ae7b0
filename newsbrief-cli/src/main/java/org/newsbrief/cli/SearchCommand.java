package org.newsbrief.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsbrief.ingest.PrintableText;
import org.newsbrief.store.ArticleStore;
import org.newsbrief.store.Highlight;
import org.newsbrief.store.SearchHit;
import org.newsbrief.store.SearchQuery;
import org.newsbrief.store.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief search QUERY}: full-text and field search over a store. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the article store. All given criteria must hold.",
      "QUERY: words (all required), \"phrases\", -excluded, prefix*. Matches are shown «like this»."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Full-text query; several words may be given quoted or not.")
  List<String> words = List.of();

  @Option(names = "--entity", paramLabel = "E", description = "A name the article mentions.")
  @Nullable String entity;

  @Option(names = "--speaker", paramLabel = "S", description = "A name of someone it quotes.")
  @Nullable String speaker;

  @Option(names = "--outlet", paramLabel = "O", description = "The outlet, or a word of its name.")
  @Nullable String outlet;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(names = "--limit", defaultValue = "20", description = "Most hits (default: 20).")
  int limit = 20;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: $NEWSBRIEF_STORE or ./newsbrief-store).")
  @Nullable Path store;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  /**
   * Lets a query start with "-" ({@code search "-Iran Kerry"}, {@code search -hamas}): the
   * arguments after "search" that are not its options (nor their values) move behind a "--", so
   * picocli reads them as the QUERY rather than as unknown or clustered short options. An unknown
   * "--word" stays where it is and remains a usage error; a lone "--" given by the user ends the
   * rewriting.
   */
  static String[] queryAfterOptions(CommandLine search, String[] args) {
    if (args.length < 2 || !args[0].equals(search.getCommandName())) {
      return args;
    }
    List<String> options = new ArrayList<>(List.of(args[0]));
    List<String> query = new ArrayList<>();
    int i = 1;
    for (; i < args.length && !args[i].equals("--"); i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      CommandLine.Model.OptionSpec option =
          arg.startsWith("-") ? search.getCommandSpec().findOption(name) : null;
      if (option != null) {
        options.add(arg);
        if (!arg.contains("=") && option.arity().max() > 0 && i + 1 < args.length) {
          options.add(args[++i]);
        }
      } else if (arg.matches("--\\p{Alpha}[\\p{Alnum}-]*(=.*)?")) {
        options.add(arg);
      } else {
        query.add(arg);
      }
    }
    for (i = i + 1; i < args.length; i++) {
      query.add(args[i]);
    }
    if (!query.isEmpty()) {
      options.add("--");
      options.addAll(query);
    }
    return options.toArray(String[]::new);
  }

  @Override
  public Integer call() throws IOException {
    SearchQuery query;
    try {
      String text = words.isEmpty() ? null : String.join(" ", words);
      query = new SearchQuery(text, entity, speaker, outlet, from, to, limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (query.text() == null
        && query.entity() == null
        && query.speaker() == null
        && query.outlet() == null
        && from == null
        && to == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give a QUERY or at least one of --entity --speaker --outlet" + " --from --to");
    }
    Path folder = StoreLocation.resolve(store, System.getenv());
    SearchResult result;
    try (ArticleStore articles = ArticleStore.openReadOnly(folder)) {
      result = articles.search(query);
    } catch (FileNotFoundException e) {
      spec.commandLine()
          .getErr()
          .println("newsbrief: " + PrintableText.of(String.valueOf(e.getMessage())));
      return ExitCodes.ERROR;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? json(result) : text(result));
    out.flush();
    return ExitCodes.OK;
  }

  private static String text(SearchResult result) {
    StringBuilder s = new StringBuilder();
    s.append(result.total()).append(result.total() == 1 ? " article\n" : " articles\n");
    for (SearchHit hit : result.hits()) {
      s.append('\n')
          .append(PrintableText.of(hit.title()))
          .append("  [")
          .append(hit.id())
          .append("]\n  ");
      s.append(hit.outlet() == null ? "unknown outlet" : PrintableText.of(hit.outlet()));
      s.append(", ").append(hit.published() == null ? "undated" : hit.published()).append('\n');
      StringBuilder snippet = new StringBuilder();
      for (Highlight part : hit.snippet()) {
        snippet.append(part.match() ? "«" + part.text() + "»" : part.text());
      }
      String oneLine = snippet.toString().replaceAll("\\s+", " ").strip();
      s.append("  ").append(PrintableText.of(oneLine)).append('\n');
    }
    return s.toString();
  }

  private static String json(SearchResult result) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit hit : result.hits()) {
      ObjectNode node = hits.addObject().put("id", hit.id()).put("title", hit.title());
      node.put("outlet", hit.outlet());
      node.put("published", hit.published() == null ? null : hit.published().toString());
      node.put("story", hit.story());
      ArrayNode snippet = node.putArray("snippet");
      hit.snippet().forEach(p -> snippet.addObject().put("text", p.text()).put("match", p.match()));
    }
    return mapper.writeValueAsString(root) + "\n";
  }
}
