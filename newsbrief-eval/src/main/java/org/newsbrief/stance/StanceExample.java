package org.newsbrief.stance;

import java.util.Objects;

/**
 * A claim, a body and the gold stance of the body towards the claim: one training example.
 *
 * @param claim the claim or headline
 * @param body the body text
 * @param stance the gold stance
 */
public record StanceExample(String claim, String body, Stance stance) {
  public StanceExample {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(stance, "stance");
  }
}
