package org.newsbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Problem;
import org.newsbrief.model.Quote;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.Syndication;
import org.newsbrief.model.TimelineEvent;

/** Renders a briefing as JSON following docs/briefing-schema.json. */
final class JsonRenderer implements Renderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(Briefing briefing) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", "newsbrief/briefing/v1");
    ArrayNode articles = root.putArray("articles");
    for (Article a : briefing.articles()) {
      ObjectNode node = articles.addObject();
      node.put("id", a.id());
      node.put("title", a.title());
      node.put("outlet", a.outlet() == null ? Describe.UNKNOWN : a.outlet());
      node.put("published", a.published() == null ? Describe.UNKNOWN : a.published().toString());
      node.put("source", a.source());
      putIfKnown(node, "byline", a.byline());
      putIfKnown(node, "url", a.url());
      putIfKnown(node, "language", a.language());
      if (a.containerDate() != null) {
        node.putObject("container_date")
            .put("date", a.containerDate().date().toString())
            .put("kind", a.containerDate().kind().label());
      }
    }
    ArrayNode syndication = root.putArray("syndication");
    for (Syndication g : briefing.syndication()) {
      ObjectNode node = syndication.addObject();
      node.put("canonical", g.canonicalArticleId());
      strings(node, "articles", g.articleIds());
      strings(node, "outlets", g.outlets());
    }
    ArrayNode summary = root.putArray("summary");
    for (SummarySentence s : briefing.summary()) {
      ObjectNode node = summary.addObject();
      node.put("text", s.text());
      strings(node, "sources", s.sources());
      strings(node, "support", s.support());
      node.put("outlets", s.outlets());
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : EntityList.of(briefing)) {
      ObjectNode node = entities.addObject();
      node.put("id", e.id());
      node.put("name", e.name());
      node.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
      strings(node, "aliases", e.aliases());
      strings(node, "roles", e.roles());
      ArrayNode mentions = node.putArray("mentions");
      for (Mention m : e.mentions()) {
        mentions.addObject().put("article", m.article()).put("sentence", m.sentence());
      }
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : briefing.quotes()) {
      ObjectNode node = quotes.addObject();
      node.put("text", q.text());
      node.put("direct", q.direct());
      ObjectNode speaker = node.putObject("speaker");
      speaker.put("entity", q.speaker().entity());
      speaker.put("name", q.speaker().name());
      speaker.put("role", q.speaker().role());
      node.put("article", q.article());
      node.put("sentence", q.sentence());
      strings(node, "sources", q.sources());
      putIfKnown(node, "via", q.via());
    }
    ArrayNode timeline = root.putArray("timeline");
    for (TimelineEvent e : briefing.timeline()) {
      ObjectNode node = timeline.addObject();
      node.put("date", e.date());
      node.put("text", e.text());
      strings(node, "sources", e.sources());
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict c : briefing.conflicts()) {
      ObjectNode node = conflicts.addObject();
      node.put("kind", c.kind());
      node.put("topic", c.topic());
      if (c.quantity() != null) {
        node.put("quantity", c.quantity());
        node.put("progression", c.progression());
      }
      ArrayNode sides = node.putArray("sides");
      for (ConflictSide side : c.sides()) {
        ObjectNode sn = sides.addObject();
        sn.put("text", side.text());
        sn.put("stance", side.stance());
        if (side.value() != null) {
          sn.put("value", side.value());
        }
        if (side.speaker() == null) {
          sn.putNull("speaker");
        } else {
          sn.putObject("speaker").put("name", side.speaker().name());
        }
        strings(sn, "sources", side.sources());
      }
    }
    ArrayNode problems = root.putArray("problems");
    for (Problem p : briefing.problems()) {
      problems.addObject().put("input", p.input()).put("message", p.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Adds {@code values} to {@code node} as the string array {@code name}. */
  private static void strings(ObjectNode node, String name, java.util.List<String> values) {
    ArrayNode array = node.putArray(name);
    values.forEach(array::add);
  }

  /** Optional article metadata is left out, not written as "unknown", when the input lacks it. */
  private static void putIfKnown(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
