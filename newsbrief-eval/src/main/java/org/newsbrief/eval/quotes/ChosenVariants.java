package org.newsbrief.eval.quotes;

import java.util.Map;
import java.util.Set;

/** The speaker-resolution variants a run names with {@code --set variants=a,b}. */
final class ChosenVariants {
  private ChosenVariants() {}

  /**
   * Keeps only the variants {@code only} names (all when it is empty); a name no variant has is an
   * error naming the known ones.
   */
  static <V> void retain(Map<String, V> variants, Set<String> only) {
    if (only.isEmpty()) {
      return;
    }
    if (!variants.keySet().containsAll(only)) {
      throw new IllegalArgumentException(
          "variants are among " + variants.keySet() + " (\"\" is written as default): " + only);
    }
    variants.keySet().retainAll(only);
  }
}
