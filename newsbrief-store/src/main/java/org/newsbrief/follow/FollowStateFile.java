package org.newsbrief.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.ingest.CacheValidators;
import org.newsbrief.ingest.FeedItem;

/**
 * The follower's state as one JSON file in the store's folder, {@value #NAME}. It is replaced
 * whole, atomically (written beside, forced to disk, then moved over the old one), only after the
 * store has committed the articles it names, so a stop at any moment leaves either the old state or
 * the new one; articles stored but not yet recorded are found again and left as they are, since
 * adding to the store is idempotent.
 */
final class FollowStateFile {
  static final String NAME = "follow-state.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FollowStateFile() {}

  /** The state kept in {@code folder}, or a fresh one when none was kept. */
  static FollowState load(Path folder) throws IOException {
    Path file = folder.resolve(NAME);
    FollowState state = new FollowState();
    if (!Files.exists(file)) {
      return state;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("cannot read the follower's state " + file + ": " + e.getMessage(), e);
    }
    state.setPolls(root.path("polls").asLong(0));
    for (JsonNode f : root.path("feeds")) {
      state.put(
          new FeedState(
              f.path("feed").asText(),
              new CacheValidators(text(f, "etag"), text(f, "last_modified")),
              f.path("failures").asInt(0),
              f.path("skip_polls").asInt(0),
              text(f, "error"),
              instant(text(f, "last_read"))));
    }
    for (JsonNode e : root.path("entries")) {
      List<String> articles = new ArrayList<>();
      e.path("articles").forEach(a -> articles.add(a.asText()));
      FeedItem item =
          new FeedItem(
              text(e, "guid"),
              text(e, "link"),
              text(e, "title"),
              instant(text(e, "published")),
              instant(text(e, "updated")),
              text(e, "author"),
              null);
      Instant seen = instant(text(e, "seen"));
      state.put(
          new EntryState(
              e.path("feed").asText(),
              item,
              text(e, "outlet"),
              articles,
              text(e, "error"),
              e.path("retry").asBoolean(false),
              e.path("attempts").asInt(0),
              seen == null ? Instant.EPOCH : seen));
    }
    return state;
  }

  /** Replaces the state kept in {@code folder} with {@code state}, atomically and durably. */
  static void save(Path folder, FollowState state) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", 1).put("polls", state.polls());
    var feeds = root.putArray("feeds");
    for (FeedState f : state.feeds()) {
      feeds
          .addObject()
          .put("feed", f.feed())
          .put("etag", f.validators().etag())
          .put("last_modified", f.validators().lastModified())
          .put("failures", f.failures())
          .put("skip_polls", f.skipPolls())
          .put("error", f.error())
          .put("last_read", string(f.lastRead()));
    }
    var entries = root.putArray("entries");
    for (EntryState e : state.entries()) {
      ObjectNode node =
          entries
              .addObject()
              .put("feed", e.feed())
              .put("guid", e.item().guid())
              .put("link", e.item().link())
              .put("title", e.item().title())
              .put("published", string(e.item().published()))
              .put("updated", string(e.item().updated()))
              .put("author", e.item().author())
              .put("outlet", e.outlet())
              .put("error", e.error())
              .put("retry", e.retry())
              .put("attempts", e.attempts())
              .put("seen", e.seen().toString());
      e.articles().forEach(node.putArray("articles")::add);
    }
    Path tmp = folder.resolve(NAME + ".tmp");
    Files.write(tmp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(
        tmp,
        folder.resolve(NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Instant instant(@Nullable String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static @Nullable String string(@Nullable Instant t) {
    return t == null ? null : t.toString();
  }
}
