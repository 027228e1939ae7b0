package org.newsbrief.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line per input of an ingest run: what it was, whether it was read, and how many documents it
 * gave. Rendered as a text table or as JSON ({@code {"inputs":[...],"totals":{...}}}).
 *
 * @param inputs the inputs in the order they were read
 */
public record IngestReport(List<Input> inputs) {
  /** Made on first JSON output only: Jackson's start-up is a sizeable share of a cold start. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  public IngestReport {
    inputs = List.copyOf(inputs);
  }

  /** How an input fared. */
  public enum Status {
    /** Read without error (records skipped by design, such as images in an archive, are fine). */
    OK,
    /** Some documents were read, but part of the input was bad or cut off. */
    PARTIAL,
    /** Nothing was read. */
    FAILED;

    /** The lower-case name used in reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One input.
   *
   * @param input the path, URL or list line, as given
   * @param kind what kind of input it is
   * @param status whether it was read
   * @param documents how many documents it gave
   * @param skipped how many records, lines or entries were left out
   * @param error the first thing that went wrong, or null
   */
  public record Input(
      String input,
      InputKind kind,
      Status status,
      int documents,
      int skipped,
      @Nullable String error) {
    public Input {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      if (documents < 0 || skipped < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
      if (status != Status.OK && error == null) {
        throw new IllegalArgumentException("a " + status.label() + " input needs an error");
      }
    }

    /** This input after the cleaner rejected one of its documents for {@code reason}. */
    public Input withRejected(String reason) {
      int left = Math.max(0, documents - 1);
      Status now = left == 0 ? Status.FAILED : Status.PARTIAL;
      return new Input(input, kind, now, left, skipped + 1, error != null ? error : reason);
    }
  }

  /** How many inputs have {@code status}. */
  public int count(Status status) {
    return (int) inputs.stream().filter(i -> i.status() == status).count();
  }

  /** True when every input was read without error. */
  public boolean allOk() {
    return count(Status.OK) == inputs.size();
  }

  /** The documents read from all inputs. */
  public int documents() {
    return inputs.stream().mapToInt(Input::documents).sum();
  }

  /** The records, lines and entries left out of all inputs. */
  public int skipped() {
    return inputs.stream().mapToInt(Input::skipped).sum();
  }

  /**
   * This report with the input that gave the document {@code source} marked as having lost one
   * document. A document's source starts with its input's name ("feed.rss#3", "a.jsonl:7"); the
   * longest matching input wins. Unknown sources leave the report as it is.
   */
  public IngestReport withRejected(String source, String reason) {
    int best = -1;
    for (int i = 0; i < inputs.size(); i++) {
      String name = inputs.get(i).input();
      boolean owns =
          source.equals(name)
              || (source.startsWith(name)
                  && (source.charAt(name.length()) == '#' || source.charAt(name.length()) == ':'));
      if (owns && (best < 0 || name.length() > inputs.get(best).input().length())) {
        best = i;
      }
    }
    if (best < 0) {
      return this;
    }
    List<Input> changed = new ArrayList<>(inputs);
    changed.set(best, inputs.get(best).withRejected(reason));
    return new IngestReport(changed);
  }

  /**
   * A table: status, kind, documents, skipped and input (with its error), then totals. Names and
   * errors are printed with {@link PrintableText}, so each input is exactly one line.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "%-8s %-6s %6s %8s  %s%n", "status", "kind", "docs", "skipped", "input"));
    for (Input i : inputs) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-8s %-6s %6d %8d  %s%s%n",
              i.status().label(),
              i.kind().label(),
              i.documents(),
              i.skipped(),
              PrintableText.of(i.input()),
              i.error() == null ? "" : ": " + PrintableText.of(i.error())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d inputs: %d ok, %d partial, %d failed; %d documents, %d skipped%n",
            inputs.size(),
            count(Status.OK),
            count(Status.PARTIAL),
            count(Status.FAILED),
            documents(),
            skipped()));
    return out.toString();
  }

  /** JSON: {@code {"inputs":[{input,kind,status,documents,skipped,error}],"totals":{...}}}. */
  public String toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("inputs");
    for (Input i : inputs) {
      ObjectNode node = list.addObject();
      node.put("input", i.input());
      node.put("kind", i.kind().label());
      node.put("status", i.status().label());
      node.put("documents", i.documents());
      node.put("skipped", i.skipped());
      node.put("error", i.error());
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("inputs", inputs.size());
    for (Status s : Status.values()) {
      totals.put(s.label(), count(s));
    }
    totals.put("documents", documents());
    totals.put("skipped", skipped());
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
