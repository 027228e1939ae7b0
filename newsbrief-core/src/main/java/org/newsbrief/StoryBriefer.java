package org.newsbrief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsbrief.cluster.BgeSmallEmbedder;
import org.newsbrief.cluster.Embedder;
import org.newsbrief.cluster.StoryBatches;
import org.newsbrief.cluster.StoryOptions;
import org.newsbrief.ingest.IngestResult;
import org.newsbrief.model.Article;
import org.newsbrief.model.Problem;
import org.newsbrief.model.Stories;
import org.newsbrief.model.Story;
import org.newsbrief.model.StoryBriefing;
import org.newsbrief.model.StoryBriefings;

/**
 * The stories side of the facade ({@link NewsBriefings}): read documents cleaned and grouped into
 * stories, and one briefing per story. Immutable and thread-safe.
 */
final class StoryBriefer {
  /** The embedding model: shared by every instance, loaded on its first use. */
  private static final Embedder EMBEDDER = new BgeSmallEmbedder(BgeSmallEmbedder.DEFAULT_WORDS);

  private final Cleaning cleaning;
  private final ArticleBriefer briefer;
  private final StoryOptions options;

  StoryBriefer(Cleaning cleaning, ArticleBriefer briefer, StoryOptions options) {
    this.cleaning = cleaning;
    this.briefer = briefer;
    this.options = options;
  }

  /** The stories of the read documents, in the order they started, with the articles cleaned. */
  Stories stories(IngestResult ingested) {
    List<Problem> problems = new ArrayList<>(ingested.problems());
    List<Article> articles =
        cleaning.all(
            ingested.documents(), (d, reason) -> problems.add(new Problem(d.source(), reason)));
    return new Stories(cluster(articles), articles, problems);
  }

  /** One briefing per story of {@code found}; the problems go with a lone story's briefing. */
  StoryBriefings briefed(Stories found) {
    Map<String, Article> byId = new HashMap<>();
    found.articles().forEach(a -> byId.put(a.id(), a));
    List<StoryBriefing> briefed = new ArrayList<>();
    for (Story story : found.stories()) {
      List<Article> members = new ArrayList<>();
      story.articles().forEach(id -> members.add(Objects.requireNonNull(byId.get(id), id)));
      List<Problem> problems = found.stories().size() == 1 ? found.problems() : List.of();
      briefed.add(new StoryBriefing(story, briefer.brief(members, problems)));
    }
    return new StoryBriefings(briefed, found.problems());
  }

  /** Groups cleaned articles into stories with these story options. */
  List<Story> cluster(List<Article> articles) {
    @Nullable Embedder embedder = options.embeddingWeight() > 0 ? EMBEDDER : null;
    return StoryBatches.cluster(articles, options, embedder);
  }
}
