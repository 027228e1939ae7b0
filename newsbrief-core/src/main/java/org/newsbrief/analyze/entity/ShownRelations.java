package org.newsbrief.analyze.entity;

import java.util.List;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;

/**
 * How an entity's name relates to the other entities listed for the same story, for the
 * shown-entity filter ({@link ShownFeatures}): a part of a longer listed name, a listed name with
 * words glued on, a near spelling of a bigger entity.
 */
final class ShownRelations {
  private ShownRelations() {}

  /**
   * Whether the name's words are a part of another listed name's ("Mahmoud" of "Mahmoud Abbas").
   */
  static boolean insideOther(String name, List<Entity> all) {
    String padded = " " + name + " ";
    return all.stream()
        .anyMatch(o -> !o.name().equals(name) && (" " + o.name() + " ").contains(padded));
  }

  /** Whether the name is another listed name with words glued on ("Chicago Bears Thursday"). */
  static boolean gluedToOther(String name, List<Entity> all) {
    return all.stream()
        .anyMatch(
            o ->
                o.name().length() < name.length()
                    && (name.startsWith(o.name() + " ") || name.endsWith(" " + o.name())));
  }

  /**
   * Whether a more mentioned entity of the same type has a name one or two letters away, or the
   * same last word (a misspelling, "Betty Mae Page" beside "Bettie Page").
   */
  static boolean variantOfBigger(Entity e, List<Entity> all) {
    String[] words = e.name().split("\\s+");
    for (Entity o : all) {
      if (o == e || o.mentions().size() < e.mentions().size() || o.type() != e.type()) {
        continue;
      }
      String[] other = o.name().split("\\s+");
      boolean sameLast =
          words.length > 1
              && other.length > 1
              && words[words.length - 1].equals(other[other.length - 1])
              && e.type() == EntityType.PERSON;
      if (sameLast || e.name().length() >= 5 && distance(e.name(), o.name()) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance, stopping early past 2. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return 3;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
