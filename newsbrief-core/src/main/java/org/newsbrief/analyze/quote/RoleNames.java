package org.newsbrief.analyze.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Speaker;

/**
 * The person a role speaker stands for ("the judge", "Obama's former campaign strategist"), as its
 * article names them in an apposition with the same head noun: the name right after the role
 * ("Superior Court Judge James Bodiford", "strategist David Axelrod") or a name followed by a comma
 * and a phrase ending in it ("David Axelrod, Obama's former campaign strategist,"). Appositions
 * naming someone the article quotes or has speak come first; among them the one nearest before the
 * quotation wins, else the first after it. A plural head ("officials") or a mention that names
 * someone already is left alone.
 */
final class RoleNames {
  private static final String NAME = "\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,3}";
  private static final String CALENDAR =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
          + "|May|June|July|August|September|October|November|December)";
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "one");

  private RoleNames() {}

  /**
   * Whether {@code mention} gives only a role: no capitalised word after its determiners and after
   * a possessive owner ("The judge", "Obama's former campaign strategist"), a lower-case head.
   */
  static boolean roleOnly(String mention) {
    String m = mention.strip().replaceAll("(?s)^.*\\b\\p{L}+['’]s\\s+(?=\\S)", "");
    String[] words = m.split("\\s+");
    if (words.length == 0 || words[words.length - 1].isEmpty()) {
      return false;
    }
    String head = words[words.length - 1];
    if (!head.matches("\\p{Ll}[\\p{Ll}-]+") || ArticleNames.plural(head)) {
      return false;
    }
    for (String w : words) {
      boolean determiner = DETERMINERS.contains(w.toLowerCase(Locale.ROOT));
      if (!determiner && Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The full name {@code text} gives the role of {@code mention} (a {@link #roleOnly} mention), the
   * apposition nearest before {@code offset} first; null when none.
   */
  static @Nullable String named(String text, String mention, int offset) {
    return named(text, mention, offset, Set.of());
  }

  /**
   * As {@link #named(String, String, int)}, appositions naming one of {@code speakers} (lower-case
   * surnames of the article's speakers) first.
   */
  static @Nullable String named(String text, String mention, int offset, Set<String> speakers) {
    if (!roleOnly(mention)) {
      return null;
    }
    String found = named(text, mention, offset, speakers, true);
    return found != null ? found : named(text, mention, offset, speakers, false);
  }

  private static @Nullable String named(
      String text, String mention, int offset, Set<String> speakers, boolean speakersOnly) {
    String[] words = mention.strip().split("\\s+");
    String head = Pattern.quote(words[words.length - 1]);
    Pattern after = Pattern.compile("(?i:\\b" + head + ")(?:,)?\\s+(" + NAME + ")(?=[\\s,.;:)])");
    Pattern before =
        Pattern.compile(
            "(?<![\\p{L}])("
                + NAME
                + "),\\s+(?:[^,.;:“”\"()]{0,60}\\s)?(?i:"
                + head
                + ")"
                + "(?=\\s*[,.;)]|\\s+(?:said|says|told|who)\\b)");
    String best = null;
    int bestAt = -1;
    String firstAfter = null;
    int firstAfterAt = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {after, before}) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        name = name.replaceAll("(?:\\s+" + CALENDAR + ")+$", "");
        boolean speaker = speakers.contains(Antecedents.key(name));
        if (!FullNames.isFull(new Speaker(null, name, null)) || speakersOnly && !speaker) {
          continue;
        }
        if (m.start() < offset && m.start() > bestAt) {
          best = name;
          bestAt = m.start();
        } else if (m.start() >= offset && m.start() < firstAfterAt) {
          firstAfter = name;
          firstAfterAt = m.start();
        }
      }
    }
    return best != null ? best : firstAfter;
  }
}
