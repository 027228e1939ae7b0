package org.newsbrief.model;

import java.util.List;

/**
 * The stories found in a corpus.
 *
 * @param stories the stories, in the order they started
 * @param articles every article clustered, in a stable order
 * @param problems inputs that could not be read or cleaned
 */
public record Stories(List<Story> stories, List<Article> articles, List<Problem> problems) {
  public Stories {
    stories = List.copyOf(stories);
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
