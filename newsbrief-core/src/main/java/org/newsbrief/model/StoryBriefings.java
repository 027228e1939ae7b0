package org.newsbrief.model;

import java.util.List;

/**
 * One briefing per story of a corpus.
 *
 * @param stories each story with its briefing, in the order the stories started
 * @param problems inputs that could not be read or cleaned
 */
public record StoryBriefings(List<StoryBriefing> stories, List<Problem> problems) {
  public StoryBriefings {
    stories = List.copyOf(stories);
    problems = List.copyOf(problems);
  }
}
