package org.newsbrief.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.NewsBriefings;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.render.BriefingFormat;

/**
 * One story's briefing, as the job writes it.
 *
 * @param story the story id
 * @param articleIds the member articles' ids, sorted
 * @param summary the summary sentences' texts
 * @param json the briefing as newsbrief renders JSON, on one line
 */
record StoryBriefing(String story, List<String> articleIds, List<String> summary, String json)
    implements Serializable {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  StoryBriefing {
    articleIds = List.copyOf(articleIds);
    summary = List.copyOf(summary);
  }

  /** Briefs one story's articles with the single-machine facade. */
  static StoryBriefing of(String story, Iterable<Article> members, JobOptions options) {
    List<Article> articles = new ArrayList<>();
    members.forEach(articles::add);
    Briefing briefing = Pipelines.of(options.briefingOptions()).briefArticles(articles, List.of());
    List<String> ids = briefing.articles().stream().map(Article::id).sorted().toList();
    List<String> summary = briefing.summary().stream().map(SummarySentence::text).toList();
    return new StoryBriefing(story, ids, summary, oneLine(briefing));
  }

  /** The JSON line written for this story: {"story", "articles", "briefing"}. */
  String jsonLine() {
    try {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("story", story);
      articleIds.forEach(line.putArray("articles")::add);
      line.set("briefing", MAPPER.readTree(json));
      return MAPPER.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("newsbrief's own JSON always parses", e);
    }
  }

  static String oneLine(Briefing briefing) {
    try {
      return MAPPER.writeValueAsString(
          MAPPER.readTree(NewsBriefings.render(briefing, BriefingFormat.JSON)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("newsbrief's own JSON always parses", e);
    }
  }
}
