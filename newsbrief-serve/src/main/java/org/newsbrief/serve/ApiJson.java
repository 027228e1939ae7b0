package org.newsbrief.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Sentence;
import org.newsbrief.store.Highlight;
import org.newsbrief.store.SearchHit;
import org.newsbrief.store.SearchResult;
import org.newsbrief.store.StoredArticle;
import org.newsbrief.store.StorySummary;

/** The JSON shapes of the API (described in openapi.json), built from store records. */
final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  static ObjectNode story(StorySummary s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", s.id()).put("title", s.title()).put("articles", s.articles().size());
    s.outlets().forEach(node.putArray("outlets")::add);
    node.put("first", date(s.first())).put("last", date(s.last()));
    return node;
  }

  static ObjectNode stories(List<StorySummary> stories) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode list = root.putArray("stories");
    stories.forEach(s -> list.add(story(s)));
    return root;
  }

  /** The URL its container gave, else the page's own canonical URL. */
  private static @Nullable String url(StoredArticle stored) {
    return stored.url() != null ? stored.url() : stored.article().url();
  }

  static ObjectNode article(StoredArticle stored) {
    Article a = stored.article();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", a.id()).put("title", a.title()).put("outlet", a.outlet());
    root.put("published", date(a.published())).put("url", url(stored));
    root.put("byline", a.byline()).put("language", a.language());
    root.put("source", a.source()).put("story", stored.story());
    ArrayNode paragraphs = root.putArray("paragraphs");
    for (int p = 0; p < a.paragraphs().size(); p++) {
      ArrayNode paragraph = paragraphs.addArray();
      for (Sentence s : stored.sentences()) {
        if (s.paragraph() == p) {
          paragraph.addObject().put("index", s.index()).put("text", s.text());
        }
      }
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : stored.entities()) {
      ObjectNode node = entities.addObject().put("name", e.name());
      node.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
      e.mentions().forEach(m -> node.withArray("sentences").add(m.sentence()));
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : stored.quotes()) {
      ObjectNode node =
          quotes
              .addObject()
              .put("text", q.text())
              .put("speaker", q.speaker().name())
              .put("role", q.speaker().role())
              .put("sentence", q.sentence());
      if (q.via() != null) {
        node.put("via", q.via());
      }
    }
    return root;
  }

  static ObjectNode search(SearchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit h : result.hits()) {
      ObjectNode node = hits.addObject().put("id", h.id()).put("title", h.title());
      node.put("outlet", h.outlet()).put("published", date(h.published()));
      node.put("story", h.story());
      ArrayNode snippet = node.putArray("snippet");
      for (Highlight part : h.snippet()) {
        snippet.addObject().put("text", part.text()).put("match", part.match());
      }
    }
    return root;
  }

  static ObjectNode error(int status, String message) {
    return MAPPER.createObjectNode().put("status", status).put("error", message);
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the facade renders valid JSON", e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static @Nullable String date(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }
}
