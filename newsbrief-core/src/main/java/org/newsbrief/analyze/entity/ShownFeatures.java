package org.newsbrief.analyze.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsbrief.analyze.CalendarWords;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;

/**
 * What the shown-entity filter ({@link ShownFilter}) reads of one entity fit to list: how often and
 * where the story names it, how the tagger typed its mentions, the shape of its name, and how the
 * name relates to the other entities of the story (a first name alone beside the full name, a name
 * glued to a following word, a misspelt variant). One code path for training ({@code newsbrief
 * train entities}) and the briefing.
 */
public final class ShownFeatures {
  /** The feature names, in the order of {@link #of}'s values; the first is the constant 1. */
  public static final List<String> NAMES =
      List.of(
          "bias",
          "log_mentions",
          "log_articles",
          "log_names",
          "person",
          "place",
          "organization",
          "type_agreement",
          "untyped_share",
          "opener_share",
          "lower_share",
          "last_word_lower_share",
          "one_word",
          "three_words_or_more",
          "all_capitals",
          "hyphen_or_al",
          "digit",
          "ends_in_date_word",
          "lower_word_inside",
          "has_role",
          "place_name_not_place",
          "organization_word",
          "inside_other",
          "glued_to_other",
          "variant_of_bigger",
          "score_share",
          "title_inside",
          "organization_word_not_organization",
          "place_word_not_place",
          "work_context_share",
          "short_or_abbreviation",
          "lower_word_at_edge",
          "place_score_share",
          "place_in_scored_story",
          "context_type_logp");

  private static final Pattern LOWER_WORD = Pattern.compile("\\s\\p{Ll}+\\s");
  private static final Pattern HYPHEN_OR_AL =
      Pattern.compile("(?:^|\\s)(?:[Aa]l|El|el)(?:$|\\s)|-|^\\p{L}+-|-\\p{L}+$");

  private static final Pattern TITLE_INSIDE =
      Pattern.compile(
          "\\b(?:Secretary|Chief|Attorney|Inspector|General|President|Minister|Director|Judge"
              + "|Sheriff|Mayor|Governor|Spokes\\w+|Commissioner|Officer|Deputy|Professor|Coach"
              + "|Senator|Sen\\.|Rep\\.|Gov\\.)\\s+\\p{Lu}");
  private static final Pattern PLACE_WORD =
      Pattern.compile(
          "\\b(?:County|Avenue|Ave\\.?|Street|St\\.|Road|Park|Ridge|Mount|Mt\\.?|Lake|River|Island"
              + "|Valley|Square|Place|Rue|Boulevard|Highway|Saddle|Glacier|Beach|Bay)\\b");
  private static final Pattern WORK_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:film|movie|show|series|sitcom|album|song|book|novel|play|musical|franchise"
              + "|sequel|trilogy|award|awards|magazine|channel)\\W+(?:\\p{Lu}\\S*\\s+){0,2}$");
  private static final Pattern WORK_AFTER =
      Pattern.compile("^\\W{0,2}\\s*(?i:awards?|franchise|sequel|series|movies?|films?)\\b");

  private ShownFeatures() {}

  /**
   * The features of {@code entity}, whose mentions are {@code group} with tagger types {@code
   * types}; {@code all} is every entity fit to list in the story, {@code sentenceOf} each mention's
   * sentence, {@code text} the story's sentences joined, {@code scoredShare} the share of them that
   * give a game score ({@link Scores#share}, worked out once per story).
   */
  static double[] of(
      Entity entity,
      List<NameMention> group,
      Map<String, Integer> types,
      List<Entity> all,
      Map<NameMention, String> sentenceOf,
      String text,
      double scoredShare) {
    String name = entity.name();
    double[] x = new double[NAMES.size()];
    int typed = types.values().stream().mapToInt(Integer::intValue).sum();
    int top = types.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int openers = 0;
    int scores = 0;
    int works = 0;
    for (NameMention m : group) {
      String s = sentenceOf.getOrDefault(m, "");
      int at = s.indexOf(m.name());
      if (at >= 0) {
        String before = s.substring(Math.max(0, at - 40), at);
        String after = s.substring(at + m.name().length());
        boolean quoted =
            at > 0 && "\"“‘'".indexOf(s.charAt(at - 1)) >= 0 && after.matches("^[\"”’'].*");
        works +=
            quoted || WORK_BEFORE.matcher(before).find() || WORK_AFTER.matcher(after).find()
                ? 1
                : 0;
      }
      String opened = s.replaceFirst("^[\"“‘'(\\s]+", "");
      openers += opened.startsWith(m.name()) ? 1 : 0;
      scores += Scores.in(s) ? 1 : 0;
    }
    String[] words = name.split("\\s+");
    String last = words[words.length - 1];
    int i = 0;
    x[i++] = 1;
    x[i++] = Math.log1p(group.size());
    x[i++] = Math.log1p(entity.mentions().stream().map(m -> m.article()).distinct().count());
    x[i++] = Math.log1p(entity.aliases().size());
    x[i++] = entity.type() == EntityType.PERSON ? 1 : 0;
    x[i++] = entity.type() == EntityType.PLACE ? 1 : 0;
    x[i++] = entity.type() == EntityType.ORGANIZATION ? 1 : 0;
    x[i++] = typed == 0 ? 0 : top / (double) typed;
    x[i++] = 1 - typed / (double) Math.max(1, group.size());
    x[i++] = openers / (double) Math.max(1, group.size());
    x[i++] = lowerShare(text, name);
    x[i++] = words.length > 1 ? lowerShare(text, last) : 0;
    x[i++] = words.length == 1 ? 1 : 0;
    x[i++] = words.length >= 3 ? 1 : 0;
    x[i++] = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT)) ? 1 : 0;
    x[i++] = HYPHEN_OR_AL.matcher(name).find() ? 1 : 0;
    x[i++] = name.chars().anyMatch(Character::isDigit) ? 1 : 0;
    x[i++] = dateWord(last) || words.length > 1 && dateWord(words[0]) ? 1 : 0;
    x[i++] = LOWER_WORD.matcher(" " + name + " ").find() ? 1 : 0;
    x[i++] = entity.roles().isEmpty() ? 0 : 1;
    x[i++] = Places.is(name) && entity.type() != EntityType.PLACE ? 1 : 0;
    x[i++] = Entities.ORGANIZATION_WORD.matcher(name).find() ? 1 : 0;
    x[i++] = ShownRelations.insideOther(name, all) ? 1 : 0;
    x[i++] = ShownRelations.gluedToOther(name, all) ? 1 : 0;
    x[i++] = ShownRelations.variantOfBigger(entity, all) ? 1 : 0;
    x[i++] = scores / (double) Math.max(1, group.size());
    x[i++] = words.length > 1 && TITLE_INSIDE.matcher(name).find() ? 1 : 0;
    x[i++] =
        Entities.ORGANIZATION_WORD.matcher(name).find() && entity.type() != EntityType.ORGANIZATION
            ? 1
            : 0;
    x[i++] = PLACE_WORD.matcher(name).find() && entity.type() != EntityType.PLACE ? 1 : 0;
    x[i++] = works / (double) Math.max(1, group.size());
    x[i++] = name.length() <= 3 || name.endsWith(".") ? 1 : 0;
    x[i++] =
        Character.isLowerCase(words[0].charAt(0)) || Character.isLowerCase(last.charAt(0)) ? 1 : 0;
    boolean place = entity.type() == EntityType.PLACE && !Places.isCountry(name);
    x[i++] = place ? scores / (double) Math.max(1, group.size()) : 0;
    x[i++] = place ? scoredShare : 0;
    x[i++] = TypeContext.shipped().logProbability(entity, group, sentenceOf);
    return x;
  }

  private static boolean dateWord(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[.’']+s?$", "");
    return CalendarWords.WEEKDAYS_AND_ABBREVIATIONS.contains(w)
        || CalendarWords.MONTHS.contains(w)
        || w.equals("today")
        || w.equals("tonight");
  }

  /**
   * Of the whole-word occurrences of {@code word} in {@code text} in its own spelling or all in
   * lower case, the share in lower case ("patrol" beside "Patrol"): a common word, not a name.
   */
  static double lowerShare(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals(word)) {
      return 0;
    }
    int asWritten = count(text, word);
    int inLower = count(text, lower);
    return inLower / (double) Math.max(1, asWritten + inLower);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      n += before && after ? 1 : 0;
    }
    return n;
  }
}
