package org.newsbrief.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.TimelineEvent;
import org.newsbrief.render.BriefingFormat;
import org.newsbrief.store.ArticleStore;
import org.newsbrief.store.StoredArticle;
import org.newsbrief.store.StorySummary;

/**
 * The briefing of each story, as the facade renders it to JSON plus "links": for every citation in
 * the summary, timeline and conflicts, the sentence of the cited article it points at. Briefings
 * are cached until the store changes.
 */
final class StoryBriefings {
  /** A briefing reads at most this many of a story's most recent articles. */
  static final int MAX_ARTICLES = 60;

  private static final int MAX_CACHED = 512;

  private record Cached(long version, String json) {}

  private final ArticleStore store;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  StoryBriefings(ArticleStore store) {
    this.store = store;
  }

  /** The briefing JSON of story {@code id}, or empty when there is no such story. */
  Optional<String> json(String id) throws IOException {
    long version = store.version();
    Cached cached = cache.get(id);
    if (cached != null && cached.version() == version) {
      return Optional.of(cached.json());
    }
    Optional<StorySummary> story = store.story(id);
    if (story.isEmpty()) {
      return Optional.empty();
    }
    Briefing briefing = briefing(story.get());
    String json = ApiJson.write(envelope(story.get(), briefing));
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(id, new Cached(version, json));
    return Optional.of(json);
  }

  /**
   * The briefing JSON of story {@code id} with, under "new", what it says that it did not say at
   * {@code since} ({@link NewSince}); empty when there is no such story.
   */
  Optional<String> json(String id, java.time.Instant since) throws IOException {
    Optional<StorySummary> story = store.story(id);
    if (story.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = recent(story.get());
    List<String> fresh = store.addedSince(id, since);
    List<String> old = new java.util.ArrayList<>(ids);
    old.removeAll(fresh);
    Briefing now = store.briefing(ids);
    Briefing before =
        old.isEmpty() ? Briefing.ofSummary(List.of(), List.of(), List.of()) : store.briefing(old);
    ObjectNode root = envelope(story.get(), now);
    root.set("new", NewSince.of(since, fresh, now, before));
    return Optional.of(ApiJson.write(root));
  }

  /** The facade's HTML rendering of story {@code id}. */
  Optional<String> html(String id) throws IOException {
    Optional<StorySummary> story = store.story(id);
    return story.isEmpty()
        ? Optional.empty()
        : Optional.of(NewsBriefings.render(briefing(story.get()), BriefingFormat.HTML));
  }

  private Briefing briefing(StorySummary story) throws IOException {
    return store.briefing(recent(story));
  }

  private static List<String> recent(StorySummary story) {
    List<String> ids = story.articles();
    return ids.subList(Math.max(0, ids.size() - MAX_ARTICLES), ids.size());
  }

  private ObjectNode envelope(StorySummary story, Briefing briefing) throws IOException {
    Map<String, List<Sentence>> sentences = new HashMap<>();
    for (var a : briefing.articles()) {
      sentences.put(a.id(), store.get(a.id()).map(StoredArticle::sentences).orElse(List.of()));
    }
    ObjectNode root = ApiJson.MAPPER.createObjectNode();
    root.set("story", ApiJson.story(story));
    root.set("briefing", ApiJson.parse(NewsBriefings.render(briefing, BriefingFormat.JSON)));
    ObjectNode links = root.putObject("links");
    ArrayNode summary = links.putArray("summary");
    for (SummarySentence s : briefing.summary()) {
      summary.add(anchors(s.text(), s.sources(), sentences));
    }
    ArrayNode timeline = links.putArray("timeline");
    for (TimelineEvent e : briefing.timeline()) {
      timeline.add(anchors(e.text(), e.sources(), sentences));
    }
    ArrayNode conflicts = links.putArray("conflicts");
    for (Conflict c : briefing.conflicts()) {
      ArrayNode sides = conflicts.addArray();
      for (ConflictSide side : c.sides()) {
        sides.add(anchors(side.text(), side.sources(), sentences));
      }
    }
    return root;
  }

  private static ArrayNode anchors(
      String text, List<String> articles, Map<String, List<Sentence>> sentences) {
    ArrayNode out = ApiJson.MAPPER.createArrayNode();
    for (String article : articles) {
      Integer index = SentenceAnchors.find(sentences.getOrDefault(article, List.of()), text);
      out.addObject().put("article", article).put("sentence", index);
    }
    return out;
  }
}
