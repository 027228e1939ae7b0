package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Entity;

/**
 * The entities fit to list in a briefing, with the features the shown-entity filter read of each
 * and the ids it found doubtful.
 *
 * @param entities the entities, most mentioned first
 * @param features each entity's {@link ShownFeatures}, in the same order
 * @param doubtful ids of the entities the filter takes for junk
 */
public record Listing(List<Entity> entities, List<double[]> features, Set<String> doubtful) {
  private static final Pattern OPENS = Pattern.compile("(?:^|[.!?:][\"”’')\\]]*)[\\s\"“‘'(\\[]*$");

  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\S+)\\s+$");
  private static final Pattern NEXT_CAPITAL = Pattern.compile("^\\s+\\p{Lu}");

  public Listing {
    entities = List.copyOf(entities);
    features = List.copyOf(features);
    doubtful = Set.copyOf(doubtful);
    if (features.size() != entities.size()) {
      throw new IllegalArgumentException("one feature row per entity");
    }
  }

  /**
   * The entities to show: all but the doubtful ones, though never one that is quoted (its id in
   * {@code quoted}) or named in {@code summary}.
   */
  public List<Entity> shown(Set<String> quoted, String summary) {
    List<Entity> kept = new ArrayList<>();
    for (Entity e : entities) {
      if (!doubtful.contains(e.id()) || quoted.contains(e.id()) || named(summary, e)) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * Whether a one-word name sits in a longer capitalised name ("The" of "The Hollywood Reporter",
   * "Weekly" of "Entertainment Weekly"); a title before it is no name ("President Obama").
   */
  private static boolean insideLongerName(String before, String after) {
    Matcher previous = PREVIOUS_WORD.matcher(before);
    boolean capitalBefore =
        previous.find()
            && Character.isUpperCase(previous.group(1).charAt(0))
            && !NameFinder.TITLE_HEAD.matcher(before.strip()).matches();
    return capitalBefore || NEXT_CAPITAL.matcher(after).find();
  }

  /**
   * Whether {@code summary} names {@code e} by its name or an alias, as a whole word and not only
   * as the first word of a sentence (where a capital says nothing: "The", "Weekly").
   */
  static boolean named(String summary, Entity e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    String lower = summary.toLowerCase(Locale.ROOT);
    for (String n : names) {
      if (n.length() > 1 && lower.contains(n.toLowerCase(Locale.ROOT))) {
        Matcher m =
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")
                .matcher(summary);
        while (m.find()) {
          String before = summary.substring(0, m.start());
          if (!OPENS.matcher(before).find()
              && (n.contains(" ") || !insideLongerName(before, summary.substring(m.end())))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
