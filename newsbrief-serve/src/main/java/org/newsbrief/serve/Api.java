package org.newsbrief.serve;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.newsbrief.store.ArticleStore;
import org.newsbrief.store.SearchQuery;

/** The JSON API handlers; shapes are described in openapi.json and built by {@link ApiJson}. */
final class Api {
  static final String JSON = "application/json; charset=utf-8";

  private final ArticleStore store;
  private final StoryBriefings briefings;

  Api(ArticleStore store) {
    this.store = store;
    this.briefings = new StoryBriefings(store);
  }

  void stories(Context ctx) throws IOException {
    ctx.contentType(JSON).result(ApiJson.write(ApiJson.stories(store.stories())));
  }

  void story(Context ctx) throws IOException {
    var story = store.story(ctx.pathParam("id")).orElseThrow(() -> notFound("story"));
    var json = ApiJson.story(story);
    Instant since = since(ctx.queryParam("since"));
    if (since != null) {
      store.addedSince(story.id(), since).forEach(json.putArray("new_articles")::add);
    }
    ctx.contentType(JSON).result(ApiJson.write(json));
  }

  void briefing(Context ctx) throws IOException {
    Instant since = since(ctx.queryParam("since"));
    String id = ctx.pathParam("id");
    String json =
        (since == null ? briefings.json(id) : briefings.json(id, since))
            .orElseThrow(() -> notFound("story"));
    ctx.contentType(JSON).result(json);
  }

  /** A time as an ISO instant (2024-05-01T10:00:00Z) or a day (2024-05-01, its start in UTC). */
  static @Nullable Instant since(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException again) {
        throw new HttpResponseException(
            400, "since must be a time written 2024-05-01T10:00:00Z or a day written 2024-05-01");
      }
    }
  }

  /** The facade's HTML rendering, which escapes all article text, as a download. */
  void briefingHtml(Context ctx) throws IOException {
    String html = briefings.html(ctx.pathParam("id")).orElseThrow(() -> notFound("story"));
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  void article(Context ctx) throws IOException {
    var article = store.get(ctx.pathParam("id")).orElseThrow(() -> notFound("article"));
    ctx.contentType(JSON).result(ApiJson.write(ApiJson.article(article)));
  }

  void search(Context ctx) throws IOException {
    SearchQuery query;
    try {
      query =
          new SearchQuery(
              ctx.queryParam("q"),
              ctx.queryParam("entity"),
              ctx.queryParam("speaker"),
              ctx.queryParam("outlet"),
              date("from", ctx.queryParam("from")),
              date("to", ctx.queryParam("to")),
              limit(ctx.queryParam("limit")));
    } catch (IllegalArgumentException e) {
      throw new HttpResponseException(400, String.valueOf(e.getMessage()));
    }
    ctx.contentType(JSON).result(ApiJson.write(ApiJson.search(store.search(query))));
  }

  /** A date parameter; a bad one is a 400 that names the parameter, not the parser's text. */
  private static @Nullable LocalDate date(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new HttpResponseException(400, name + " must be a real date written YYYY-MM-DD");
    }
  }

  private static int limit(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return 20;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new HttpResponseException(400, "limit must be a whole number");
    }
  }

  private static HttpResponseException notFound(String what) {
    return new HttpResponseException(404, "no such " + what);
  }
}
