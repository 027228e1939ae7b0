package org.newsbrief.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsbrief.ingest.PrintableText;
import org.newsbrief.model.Problem;

/**
 * What one poll did: a line per feed, the entries whose pages failed, and how many articles the
 * regrouping moved to another story.
 *
 * @param poll the poll's number, counting every poll this store has seen
 * @param started when it started
 * @param finished when it finished
 * @param feeds one line per feed, in the order followed
 * @param problems entries whose page could not be read or cleaned, by link
 * @param regrouped how many stored articles changed story when the store regrouped
 * @param stopped whether the poll was stopped before it was done
 */
public record PollReport(
    long poll,
    Instant started,
    Instant finished,
    List<FeedLine> feeds,
    List<Problem> problems,
    int regrouped,
    boolean stopped) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public PollReport {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    feeds = List.copyOf(feeds);
    problems = List.copyOf(problems);
  }

  /** Whether every feed was read (or answered that it had not changed). */
  public boolean allRead() {
    return !stopped && feeds.stream().allMatch(f -> f.status().read());
  }

  /** How many articles the store took as new in this poll. */
  public int added() {
    return feeds.stream().mapToInt(FeedLine::added).sum();
  }

  /** The report as one JSON object. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("poll", poll).put("started", started.toString()).put("finished", finished.toString());
    root.put("all_read", allRead()).put("stopped", stopped).put("added", added());
    root.put("regrouped", regrouped);
    var lines = root.putArray("feeds");
    for (FeedLine f : feeds) {
      lines
          .addObject()
          .put("feed", f.feed())
          .put("status", f.status().label())
          .put("entries", f.entries())
          .put("fetched", f.fetched())
          .put("added", f.added())
          .put("versions", f.versions())
          .put("unchanged", f.unchanged())
          .put("failed", f.failed())
          .put("error", f.error());
    }
    var failed = root.putArray("problems");
    problems.forEach(p -> failed.addObject().put("input", p.input()).put("message", p.message()));
    return root.toString();
  }

  /** The report as lines for a person, names escaped so none can forge a line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "poll %d: %d feeds, %d new articles, %d moved between stories%s%n",
            poll,
            feeds.size(),
            added(),
            regrouped,
            stopped ? " (stopped)" : ""));
    for (FeedLine f : feeds) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-12s %s: %d entries, %d read, %d new (%d versions), %d unchanged, %d failed%s%n",
              f.status().label(),
              PrintableText.of(f.feed()),
              f.entries(),
              f.fetched(),
              f.added(),
              f.versions(),
              f.unchanged(),
              f.failed(),
              f.error() == null ? "" : " - " + PrintableText.of(f.error())));
    }
    for (Problem p : problems) {
      out.append("  failed page ")
          .append(PrintableText.of(p.input()))
          .append(": ")
          .append(PrintableText.of(p.message()))
          .append(System.lineSeparator());
    }
    return out.toString();
  }
}
