package org.newsbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Article;
import org.newsbrief.model.Stories;
import org.newsbrief.model.Story;
import org.newsbrief.model.StoryBriefing;
import org.newsbrief.model.StoryBriefings;

/**
 * Renders the stories of a mixed corpus: a plain listing (label, time span, key entities, member
 * headlines and outlets) and one briefing per story. A corpus of one story renders exactly as that
 * story's briefing does.
 */
public final class StoriesRenderer {
  private StoriesRenderer() {}

  /** Made on first JSON output only: Jackson's start-up is a sizeable share of a cold start. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The stories as text for people, or as JSON {@code {"stories": [...]}}. */
  public static String listing(Stories stories, boolean json) {
    Map<String, Article> byId = new HashMap<>();
    stories.articles().forEach(a -> byId.put(a.id(), a));
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      ArrayNode list = root.putArray("stories");
      for (Story s : stories.stories()) {
        ArrayNode members = story(list.addObject(), s).putArray("articles");
        for (String id : s.articles()) {
          Article a = byId.get(id);
          ObjectNode m = members.addObject().put("id", id);
          if (a != null) {
            m.put("title", a.title()).put("outlet", Describe.outlet(a));
            m.put("source", a.source());
          }
        }
      }
      return write(root);
    }
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Story s : stories.stories()) {
      out.append(++n).append(". ").append(s.label()).append('\n');
      out.append("   ").append(span(s)).append(" · ").append(s.articles().size());
      out.append(s.articles().size() == 1 ? " article" : " articles");
      if (!s.entities().isEmpty()) {
        out.append(" · ").append(String.join(", ", s.entities()));
      }
      out.append('\n');
      for (String id : s.articles()) {
        Article a = byId.get(id);
        out.append("   - ").append(a == null ? id : a.title());
        out.append(" (").append(a == null ? "unknown" : Describe.outlet(a)).append(")\n");
      }
    }
    return out.toString();
  }

  /** One briefing per story in {@code format}; one story renders as its briefing alone. */
  public static String briefings(StoryBriefings briefed, BriefingFormat format) {
    List<StoryBriefing> stories = briefed.stories();
    if (stories.size() == 1) {
      return format.renderer().render(stories.get(0).briefing());
    }
    return switch (format) {
      case MD -> markdown(stories);
      case HTML -> html(stories);
      case JSON -> json(stories);
    };
  }

  private static String markdown(List<StoryBriefing> stories) {
    StringBuilder out = new StringBuilder();
    out.append("# Stories\n\n_").append(stories.size()).append(" stories_\n\n");
    int n = 0;
    for (StoryBriefing sb : stories) {
      String md = BriefingFormat.MD.renderer().render(sb.briefing());
      String heading = "# Story " + ++n + ": " + sb.story().label();
      out.append(md.startsWith("# Briefing") ? heading + md.substring("# Briefing".length()) : md);
      out.append(md.endsWith("\n") ? "\n" : "\n\n");
    }
    return out.toString();
  }

  /** One page: each story's briefing body under its own heading, sharing the first page's head. */
  private static String html(List<StoryBriefing> stories) {
    StringBuilder body = new StringBuilder();
    String head = "";
    int n = 0;
    for (StoryBriefing sb : stories) {
      String page = BriefingFormat.HTML.renderer().render(sb.briefing());
      int open = page.indexOf("<body>") + "<body>".length();
      int close = page.lastIndexOf("</body>");
      head = head.isEmpty() ? page.substring(0, open) : head;
      String heading =
          "<h1>Story " + ++n + ": " + HtmlRenderer.escape(sb.story().label()) + "</h1>";
      body.append("<section>")
          .append(page.substring(open, close).replace("<h1>Briefing</h1>", heading))
          .append("</section>\n");
    }
    return head + "\n" + body + "</body></html>\n";
  }

  private static String json(List<StoryBriefing> stories) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("stories");
    for (StoryBriefing sb : stories) {
      ObjectNode node = story(list.addObject(), sb.story());
      try {
        node.set(
            "briefing", Json.MAPPER.readTree(BriefingFormat.JSON.renderer().render(sb.briefing())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the JSON renderer writes valid JSON", e);
      }
    }
    return write(root);
  }

  private static ObjectNode story(ObjectNode node, Story s) {
    node.put("id", s.id()).put("label", s.label());
    node.put("first", s.first() == null ? "unknown" : String.valueOf(s.first()));
    node.put("last", s.last() == null ? "unknown" : String.valueOf(s.last()));
    ArrayNode entities = node.putArray("entities");
    s.entities().forEach(entities::add);
    node.putArray("article_ids").addAll(s.articles().stream().map(node::textNode).toList());
    return node;
  }

  private static String span(Story s) {
    java.time.LocalDate first = s.first();
    if (first == null) {
      return "undated";
    }
    return first.equals(s.last()) ? first.toString() : first + " to " + s.last();
  }

  private static String write(ObjectNode root) {
    try {
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
