package org.newsbrief.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.ContainerDate;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * The stored form of an article: compact JSON, read back into the same records. Fields added later
 * ({@code byline}, {@code article_url}, {@code language}) are optional when read, so documents
 * stored before them still load.
 */
final class ArticleCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleCodec() {}

  static String write(StoredArticle s) {
    Article a = s.article();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", a.id()).put("source", a.source()).put("title", a.title());
    root.put("outlet", a.outlet());
    root.put("published", a.published() == null ? null : a.published().toString());
    root.put("url", s.url()).put("story", s.story());
    root.put("byline", a.byline()).put("article_url", a.url()).put("language", a.language());
    if (a.containerDate() != null) {
      root.put("container_date", a.containerDate().date().toString());
      root.put("container_date_kind", a.containerDate().kind().name());
    }
    ArrayNode paragraphs = root.putArray("paragraphs");
    a.paragraphs().forEach(paragraphs::add);
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence sentence : s.sentences()) {
      sentences.addArray().add(sentence.paragraph()).add(sentence.text());
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : s.entities()) {
      ObjectNode node = entities.addObject().put("id", e.id()).put("name", e.name());
      node.put("type", e.type().name());
      e.aliases().forEach(node.putArray("aliases")::add);
      e.roles().forEach(node.putArray("roles")::add);
      ArrayNode mentions = node.putArray("mentions");
      e.mentions().forEach(m -> mentions.add(m.sentence()));
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : s.quotes()) {
      ObjectNode node = quotes.addObject().put("text", q.text()).put("direct", q.direct());
      node.put("sentence", q.sentence());
      node.put("entity", q.speaker().entity()).put("name", q.speaker().name());
      node.put("role", q.speaker().role());
      if (q.via() != null) {
        node.put("via", q.via());
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The stored capture or feed-entry date, or {@code null} (also for stores written before it). */
  private static @Nullable ContainerDate containerDate(JsonNode root) {
    String date = text(root, "container_date");
    String kind = text(root, "container_date_kind");
    if (date == null || kind == null) {
      return null;
    }
    try {
      return new ContainerDate(LocalDate.parse(date), ContainerDate.Kind.valueOf(kind));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "corrupt stored article: container date " + date + " (" + kind + ")", e);
    }
  }

  static StoredArticle read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt stored article: " + e.getMessage(), e);
    }
    String id = root.get("id").asText();
    String published = text(root, "published");
    Article article =
        new Article(
            id,
            root.get("source").asText(),
            root.get("title").asText(),
            text(root, "outlet"),
            published == null ? null : LocalDate.parse(published),
            strings(root.get("paragraphs")),
            text(root, "byline"),
            text(root, "article_url"),
            text(root, "language"),
            containerDate(root));
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : root.get("sentences")) {
      sentences.add(new Sentence(id, sentences.size(), s.get(0).asInt(), s.get(1).asText()));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : root.get("entities")) {
      List<Mention> mentions = new ArrayList<>();
      e.get("mentions").forEach(m -> mentions.add(new Mention(id, m.asInt())));
      entities.add(
          new Entity(
              e.get("id").asText(),
              e.get("name").asText(),
              EntityType.valueOf(e.get("type").asText()),
              strings(e.get("aliases")),
              strings(e.get("roles")),
              mentions));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : root.get("quotes")) {
      Speaker speaker = new Speaker(text(q, "entity"), q.get("name").asText(), text(q, "role"));
      quotes.add(
          new Quote(
              q.get("text").asText(),
              q.get("direct").asBoolean(),
              speaker,
              id,
              q.get("sentence").asInt(),
              List.of(id),
              text(q, "via")));
    }
    return new StoredArticle(
        article, text(root, "url"), root.get("story").asText(), sentences, entities, quotes);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(@Nullable JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
