package org.newsbrief.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Sentence;

/**
 * Whether two sentences are about the same matter, by what they name: the people and places of the
 * analysis stage's entities (aliases merged across the articles, so "Gray" is "Kimani Gray") and
 * the years they give. Two sentences that both name people but share none are about different
 * people (McMahon's plea against Durst's); likewise places ("New York" against "Los Angeles") and
 * years ("in 1991" against "in 2014"). A sentence's speaker is not what it is about: the two sides
 * of a dispute are often named speakers. Organisations are left out (a chapter and its fraternity
 * are different names of one matter), as are sentences in title case, whose capitals name nothing.
 */
final class SameMatter {
  private static final String YEARS = "YEAR";
  private static final Set<String> NAME_STOP = Set.of("the", "and", "for", "new", "north", "south");

  /** The kinds whose names must agree. */
  static final Set<String> KINDS = Set.of(EntityType.PERSON.name(), EntityType.PLACE.name(), YEARS);

  /**
   * A name of people with a surname the entity stage does not read as one ("Jennifer McMahon", "Ron
   * DeSantis", "Conan O'Brien"): capitalised words, one of them with an inner capital.
   */
  private static final Pattern INNER_CAPITAL_NAME =
      Pattern.compile(
          "(?=.*\\b(?:Mc|Mac|O[’']|De|La|Di)\\p{Lu})\\p{Lu}[\\p{L}’']+(?: \\p{Lu}[\\p{L}’']+){1,3}");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

  /** What a sentence names, by kind: canonical entity names, or years. */
  record Matter(Map<String, Set<String>> named) {
    /** A sentence that names nothing. */
    static final Matter NONE = new Matter(Map.of());

    Matter {
      named = Map.copyOf(named);
    }

    /**
     * Whether the two name different things: both give years and share none, or neither names a
     * person or place the other does (names match by a word: "Baghdadi", "Abu Bakr al-Baghdadi")
     * and both name people, or both name places.
     */
    boolean clashes(Matter other) {
      boolean shared = shares(entities(), other.entities());
      for (Map.Entry<String, Set<String>> e : named.entrySet()) {
        Set<String> theirs = other.named().getOrDefault(e.getKey(), Set.of());
        if ((e.getKey().equals(YEARS) || !shared)
            && KINDS.contains(e.getKey())
            && !e.getValue().isEmpty()
            && !theirs.isEmpty()
            && !shares(e.getValue(), theirs)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the two share a person or place (by a word of its name). */
    boolean sharesName(Matter other) {
      return shares(entities(), other.entities());
    }

    /** Whether it names a person or place. */
    boolean namesAny() {
      return !entities().isEmpty();
    }

    private Set<String> entities() {
      Set<String> words = new HashSet<>();
      named.forEach((kind, names) -> words.addAll(kind.equals(YEARS) ? Set.of() : names));
      return words;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
      Set<String> words = new HashSet<>();
      a.forEach(n -> words.addAll(words(n)));
      return b.stream().flatMap(n -> words(n).stream()).anyMatch(words::contains);
    }

    private static List<String> words(String name) {
      List<String> words = new ArrayList<>();
      for (String w : name.toLowerCase(Locale.ROOT).split("[\\s’'.]+")) {
        String word = w.startsWith("al-") ? w.substring(3) : w;
        if (word.length() > 2 && !NAME_STOP.contains(word)) {
          words.add(word);
        }
      }
      return words;
    }
  }

  private final Map<Mention, List<Entity>> bySentence = new HashMap<>();

  private SameMatter(List<Entity> entities) {
    for (Entity e : entities) {
      Entity kept = person(e);
      if (KINDS.contains(kept.type().name())) {
        for (Mention m : kept.mentions()) {
          bySentence.computeIfAbsent(m, k -> new ArrayList<>()).add(kept);
        }
      }
    }
  }

  /** {@code e}, a person when its name is a person's the entity stage did not read as one. */
  private static Entity person(Entity e) {
    if (e.type() != EntityType.ORGANIZATION || !INNER_CAPITAL_NAME.matcher(e.name()).matches()) {
      return e;
    }
    return new Entity(e.id(), e.name(), EntityType.PERSON, e.aliases(), e.roles(), e.mentions());
  }

  /** The people and places of {@code articles}, their aliases merged. */
  static SameMatter of(List<AnalyzedArticle> articles) {
    return from(new Entities(Integer.MAX_VALUE).of(articles));
  }

  /** The people and places of {@code entities}, the canonical entities of some articles. */
  static SameMatter from(List<Entity> entities) {
    return new SameMatter(entities);
  }

  /** Whether {@code a} and {@code b} name no different people, places or years (speakers aside). */
  static boolean same(String a, String b) {
    SameMatter matters = of(List.of(single("a", a), single("b", b)));
    QuoteFinder finder = new QuoteFinder();
    Matter x = matters.matter("a", 0, a, finder.reportingSource(a));
    return !x.clashes(matters.matter("b", 0, b, finder.reportingSource(b)));
  }

  private static AnalyzedArticle single(String id, String text) {
    Article article = new Article(id, id, id, null, null, List.of(text));
    return new AnalyzedArticle(article, List.of(new Sentence(id, 0, 0, text)));
  }

  /** What sentence {@code index} of {@code article} names, leaving out its {@code speaker}. */
  Matter matter(String article, int index, String text, String speaker) {
    Map<String, Set<String>> named = new HashMap<>();
    if (titleCase(text)) {
      return new Matter(named);
    }
    String said = speaker.toLowerCase(Locale.ROOT);
    add(named, new Mention(article, index), said);
    Matcher years = YEAR.matcher(text);
    while (years.find()) {
      named.computeIfAbsent(YEARS, k -> new HashSet<>()).add(years.group());
    }
    return new Matter(named);
  }

  private void add(Map<String, Set<String>> named, Mention sentence, String said) {
    for (Entity e : bySentence.getOrDefault(sentence, List.of())) {
      if (said.isEmpty() || !names(e).stream().anyMatch(n -> speaks(said, n))) {
        named.computeIfAbsent(e.type().name(), k -> new HashSet<>()).add(e.name());
      }
    }
  }

  private static List<String> names(Entity e) {
    List<String> names = new ArrayList<>(e.aliases());
    names.add(e.name());
    return names;
  }

  private static boolean speaks(String speaker, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return speaker.contains(n) || (speaker.length() > 3 && n.contains(speaker));
  }

  /** Whether most of the sentence's words are capitalised, as in a headline. */
  private static boolean titleCase(String text) {
    String[] words = text.trim().split("\\s+");
    int capital = 0;
    for (String w : words) {
      capital += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    return capital * 2 > words.length;
  }
}
