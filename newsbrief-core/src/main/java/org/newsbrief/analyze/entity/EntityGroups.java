package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Mention;

/**
 * Turns the alias groups of a set of articles' name mentions into entities: the group's canonical
 * name, its type (the tagger's majority, a named group, or the old rules without the tagger), its
 * roles and the sentences that mention it; most mentioned first, numbered e1, e2, ... The stage
 * before ({@link Entities}) finds the mentions and links the aliases.
 */
final class EntityGroups {
  private static final Pattern SPEECH_AFTER_NAME =
      Pattern.compile("\\b(?:said|says|told|added|wrote|denied)\\b");

  private EntityGroups() {}

  /**
   * The entities of {@code mentions} grouped by {@code aliases}, the {@code limit} most mentioned;
   * with {@code listing}, only groups fit to list.
   */
  static List<GroupedEntity> build(
      List<NameMention> mentions,
      Aliases aliases,
      Map<String, Integer> groupContext,
      Map<NameMention, String> sentenceOf,
      int limit,
      boolean listing) {
    Map<String, List<NameMention>> groups = new LinkedHashMap<>();
    for (NameMention m : mentions) {
      groups.computeIfAbsent(aliases.find(m.name()), k -> new ArrayList<>()).add(m);
    }
    List<GroupedEntity> entities = new ArrayList<>();
    for (List<NameMention> group : groups.values()) {
      Map<String, Integer> counts = new HashMap<>();
      TreeSet<String> roles = new TreeSet<>();
      TreeSet<Mention> where =
          new TreeSet<>(Comparator.comparing(Mention::article).thenComparingInt(Mention::sentence));
      boolean personal = false;
      int asGroup = 0;
      Map<String, Integer> types = new HashMap<>();
      for (NameMention m : group) {
        counts.merge(m.name(), 1, Integer::sum);
        if (m.type() != null) {
          types.merge(m.type(), 1, Integer::sum);
        }
        if (m.role() != null) {
          roles.add(m.role());
        }
        personal |= AliasRules.looksPersonal(m) || speaks(m.name(), sentenceOf.getOrDefault(m, ""));
        asGroup += groupContext.getOrDefault(m.name(), 0);
        where.add(new Mention(m.article(), m.sentence()));
      }
      String name = canonical(counts);
      if (listing && !listed(types)) {
        continue;
      }
      TreeSet<String> names = new TreeSet<>(counts.keySet());
      names.addAll(aliases.members(name));
      names.remove(name);
      EntityType type =
          types.isEmpty()
              ? type(name, personal, asGroup, names)
              : HeadWords.retype(name, learnedType(types, asGroup));
      entities.add(
          new GroupedEntity(
              new Entity("", name, type, List.copyOf(names), widest(roles), List.copyOf(where)),
              group,
              types));
    }
    entities.sort(
        Comparator.comparingInt((GroupedEntity g) -> g.entity().mentions().size())
            .reversed()
            .thenComparing(g -> g.entity().name()));
    List<GroupedEntity> numbered = new ArrayList<>();
    for (GroupedEntity g : entities.subList(0, Math.min(limit, entities.size()))) {
      Entity e = g.entity();
      numbered.add(
          new GroupedEntity(
              new Entity(
                  "e" + (numbered.size() + 1),
                  e.name(),
                  e.type(),
                  e.aliases(),
                  e.roles(),
                  e.mentions()),
              g.mentions(),
              g.types()));
    }
    return numbered;
  }

  /**
   * The roles not contained in a longer one: "Secretary" and "Secretary of State" go when "U.S.
   * Secretary of State" is there.
   */
  static List<String> widest(java.util.Collection<String> roles) {
    List<String> kept = new ArrayList<>();
    for (String role : roles) {
      String r = " " + role.toLowerCase(Locale.ROOT) + " ";
      boolean inLonger =
          roles.stream()
              .anyMatch(
                  o ->
                      o.length() > role.length()
                          && (" " + o.toLowerCase(Locale.ROOT) + " ").contains(r));
      if (!inLonger) {
        kept.add(role);
      }
    }
    return List.copyOf(kept);
  }

  private static boolean speaks(String name, String sentence) {
    return SPEECH_AFTER_NAME.matcher(sentence).find()
        && Pattern.compile(Pattern.quote(name) + "\\s+(?:said|says|told|added|wrote|denied)\\b")
            .matcher(sentence)
            .find();
  }

  /**
   * The group's name: its most frequent name of more than one word, but never a country's official
   * long name when the group also holds the country's name ("Iran", not "Islamic Republic of Iran":
   * news writes the short form).
   */
  private static String canonical(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .filter(e -> !officialLongName(e.getKey(), counts) || counts.size() == 1)
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> !e.getKey().contains(" "))
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparingInt(e -> e.getKey().split("\\s+").length)
                .thenComparing(Map.Entry::getKey))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static boolean officialLongName(String name, Map<String, Integer> counts) {
    java.util.regex.Matcher m = AliasRules.LONG_NAME.matcher(name);
    return m.matches() && counts.containsKey(m.group(1));
  }

  /**
   * Whether a group is fit to list (docs/notes/entities.md, measured on hand labels of the shown
   * entities of non-blind ECB+ stories): the tagger named it, and not mostly as MISC (an event, a
   * work, a product or a nationality is not a participant). Names only the rules' backstop found
   * stay in the entity stage (coreference, aliases) but are not listed: most are sentence openers,
   * common nouns, fragments, or works typed as people.
   */
  private static boolean listed(Map<String, Integer> types) {
    return !types.isEmpty() && !"MISC".equals(top(types));
  }

  /** The type most of the group's mentions were tagged with (ties by name). */
  static String top(Map<String, Integer> types) {
    return types.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /** The type most of the group's mentions were tagged with; a named group stays a group. */
  private static EntityType learnedType(Map<String, Integer> types, int asGroup) {
    return switch (top(types)) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.PLACE;
      default -> asGroup > 0 ? EntityType.GROUP : EntityType.ORGANIZATION;
    };
  }

  private static EntityType type(
      String name, boolean personal, int asGroup, TreeSet<String> names) {
    if (Places.is(name)) {
      return EntityType.PLACE;
    }
    if (asGroup > 0) {
      return EntityType.GROUP;
    }
    if (Entities.ORGANIZATION_WORD.matcher(name).find()
        || name.equals(name.toUpperCase(Locale.ROOT))) {
      return EntityType.ORGANIZATION;
    }
    return personal ? EntityType.PERSON : EntityType.ORGANIZATION;
  }
}
