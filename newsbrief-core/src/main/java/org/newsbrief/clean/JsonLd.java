package org.newsbrief.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org article objects a page declares in {@code <script type="application/ld+json">}
 * blocks, then its web page objects (which Yoast and others date and credit instead): top-level
 * objects, arrays and {@code @graph} arrays are searched, and {@code {"@id": …}} references (as
 * Yoast writes authors) are followed within the page. Malformed blocks are skipped.
 */
final class JsonLd {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "report");
  private static final int MAX_BLOCK_CHARS = 200_000;

  private final List<JsonNode> articles;
  private final Map<String, JsonNode> byId;

  private JsonLd(List<JsonNode> articles, Map<String, JsonNode> byId) {
    this.articles = articles;
    this.byId = byId;
  }

  static JsonLd of(Document doc) {
    return of(PageElements.of(doc));
  }

  /** The page's article and web page objects. */
  static JsonLd of(PageElements page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.scripts()) {
      if (!PageElements.attrIs(script, "type", "application/ld+json")) {
        continue;
      }
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > MAX_BLOCK_CHARS) {
        continue;
      }
      try {
        flatten(MAPPER.readTree(data), objects, 0);
      } catch (JsonProcessingException e) {
        // a malformed block declares nothing
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    for (JsonNode o : objects) {
      if (o.path("@id").isTextual()) {
        byId.putIfAbsent(o.path("@id").asText(), o);
      }
      if (hasType(o, ARTICLE_TYPES::contains)) {
        articles.add(o);
      } else if (hasType(o, t -> t.endsWith("webpage"))) {
        pages.add(o);
      }
    }
    articles.addAll(pages);
    return new JsonLd(articles, byId);
  }

  private static void flatten(@Nullable JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
    }
  }

  private static boolean hasType(JsonNode o, java.util.function.Predicate<String> wanted) {
    JsonNode type = o.path("@type");
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (wanted.test(t.asText().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The names of the first article's authors that are people (or untyped), in order. */
  List<String> authors() {
    return authors(false);
  }

  /** The names of the first article's authors, organisations included. */
  List<String> authorsAndOrganisations() {
    return authors(true);
  }

  private List<String> authors(boolean organisations) {
    for (JsonNode article : articles) {
      Set<String> names = new LinkedHashSet<>();
      JsonNode author = article.path("author");
      if (author.isArray()) {
        author.forEach(a -> addName(a, names, organisations));
      } else {
        addName(author, names, organisations);
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    return List.of();
  }

  private void addName(JsonNode author, Set<String> names, boolean organisations) {
    if (author.isTextual()) {
      names.add(author.asText().strip());
      return;
    }
    JsonNode resolved = resolve(author);
    String type = resolved.path("@type").asText("");
    if (!organisations
        && (type.equalsIgnoreCase("Organization")
            || type.equalsIgnoreCase("NewsMediaOrganization"))) {
      return;
    }
    JsonNode name = resolved.path("name");
    if (name.isTextual() && !name.asText().isBlank()) {
      names.add(name.asText().strip());
    }
  }

  private JsonNode resolve(JsonNode node) {
    if (node.isObject() && node.size() == 1 && node.path("@id").isTextual()) {
      JsonNode target = byId.get(node.path("@id").asText());
      return target == null ? node : target;
    }
    return node;
  }

  /** The first article's {@code field} when it is a non-blank string (e.g. datePublished). */
  @Nullable String articleField(String field) {
    for (JsonNode article : articles) {
      JsonNode value = article.path(field);
      if (value.isTextual() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return null;
  }
}
