package org.newsbrief.model;

import java.util.Objects;

/**
 * One story of a mixed corpus with the briefing over its articles.
 *
 * @param story the story
 * @param briefing the briefing over the story's articles
 */
public record StoryBriefing(Story story, Briefing briefing) {
  public StoryBriefing {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(briefing, "briefing");
  }
}
