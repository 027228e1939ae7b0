package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Sentence;

/**
 * Merges the names of a set of articles into canonical entities. Names join when the text defines
 * one as the other ("Islamic State (IS)", "IS (also known as ISIL or ISIS)", "a nickname for
 * ISIS"), when one is the surname of a person named in full, or when they differ only by a middle
 * initial. The canonical name is the group's most frequent name of more than one word.
 */
public final class Entities {
  private static final Pattern ACRONYM_DEFINED =
      Pattern.compile("(\\p{Lu}[\\p{L}\\s]+?)\\s+\\((\\p{Lu}{2,6})\\)");
  private static final Pattern ALSO_KNOWN =
      Pattern.compile(
          "\\b(\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)*)\\s*[(,—–-]?\\s*(?:also known as|known"
              + " by the acronyms?|known as)\\s+(\\p{Lu}{2,6})(?:\\s+(?:or|and)\\s+(\\p{Lu}{2,6}))?");
  private static final Pattern NICKNAME_FOR =
      Pattern.compile("(?:nickname|name|term) for (\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]+)");
  private static final Pattern GROUP_CONTEXT =
      Pattern.compile(
          "^[’']?s?\\s*(?:\\(\\w+\\)\\s*)?(?:terror )?(?:group|militants|movement|fighters"
              + "|insurgents|extremists)\\b");
  private static final Pattern ORGANIZATION_WORD =
      Pattern.compile(
          "\\b(Department|Ministry|House|Pentagon|Agency|Command|Times|News|Council|Government"
              + "|Party|Committee|Fund|Bank|Union|Court|Congress|Senate|Coalition|Guards|Press"
              + "|Reuters|CNN|VOA|Administration|Office|University|Republic|Organization)\\b");
  private static final int MAX_ENTITIES = 40;
  private static final Pattern SPEECH_AFTER_NAME =
      Pattern.compile("\\b(?:said|says|told|added|wrote|denied)\\b");

  /** The canonical entities of {@code articles}, most mentioned first. */
  public List<Entity> of(List<AnalyzedArticle> articles) {
    List<NameMention> mentions = new ArrayList<>();
    Aliases aliases = new Aliases();
    Map<String, Integer> groupContext = new HashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    Map<NameMention, String> sentenceOf = new HashMap<>();
    Map<String, List<NameMention>> bySentence = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Sentence s : a.sentences()) {
        List<NameMention> found = NameFinder.find(s.text(), a.article().id(), s.index());
        mentions.addAll(found);
        found.forEach(n -> frequency.merge(n.name(), 1, Integer::sum));
        found.forEach(n -> sentenceOf.put(n, s.text()));
        bySentence.put(s.text(), found);
        countGroupContext(s.text(), found, groupContext);
      }
    }
    bySentence.forEach((text, found) -> link(text, found, aliases, frequency));
    for (NameMention m : mentions) {
      aliases.add(m.name());
    }
    linkSurnames(mentions, aliases);
    linkInitialisms(frequency.keySet(), aliases);
    return build(mentions, aliases, groupContext, sentenceOf);
  }

  private static void link(
      String sentence, List<NameMention> found, Aliases aliases, Map<String, Integer> frequency) {
    Matcher m = ACRONYM_DEFINED.matcher(sentence);
    while (m.find()) {
      String name = lastName(found, m.group(1));
      aliases.union(name, m.group(2));
    }
    m = ALSO_KNOWN.matcher(sentence);
    while (m.find()) {
      aliases.union(m.group(1), m.group(2));
      if (m.group(3) != null) {
        aliases.union(m.group(1), m.group(3));
      }
    }
    m = NICKNAME_FOR.matcher(sentence);
    if (m.find()) {
      for (NameMention n : found) {
        String name = n.name();
        boolean single = !name.contains(" ");
        boolean speaker = sentence.contains(name + " said");
        if (single
            && !speaker
            && !Places.NAMES.contains(name)
            && !name.equals(m.group(1))
            && !aliases.known(name)) {
          aliases.union(m.group(1), name);
        }
      }
    }
  }

  /** The longest found name that ends {@code text} ("the Islamic State" gives "Islamic State"). */
  private static String lastName(List<NameMention> found, String text) {
    String best = text.strip();
    for (NameMention n : found) {
      if (text.strip().endsWith(n.name()) && n.name().length() <= best.length()) {
        best = n.name();
      }
    }
    return best;
  }

  private static void countGroupContext(
      String sentence, List<NameMention> found, Map<String, Integer> counts) {
    for (NameMention n : found) {
      int at = sentence.indexOf(n.name());
      if (at >= 0 && GROUP_CONTEXT.matcher(sentence.substring(at + n.name().length())).find()) {
        counts.merge(n.name(), 1, Integer::sum);
      }
    }
  }

  private static void linkSurnames(List<NameMention> mentions, Aliases aliases) {
    Map<String, String> fullBySurname = new HashMap<>();
    for (NameMention m : mentions) {
      String[] words = m.name().split("\\s+");
      if (words.length >= 2 && words.length <= 4 && looksPersonal(m)) {
        fullBySurname.putIfAbsent(words[words.length - 1], m.name());
        fullBySurname.put(words[0] + " " + words[words.length - 1], m.name());
      }
    }
    for (NameMention m : mentions) {
      String full = fullBySurname.get(m.name());
      if (full != null) {
        aliases.union(full, m.name());
      }
      String[] words = m.name().split("\\s+");
      if (words.length == 3) {
        String withoutMiddle = fullBySurname.get(words[0] + " " + words[2]);
        if (withoutMiddle != null) {
          aliases.union(withoutMiddle, m.name());
        }
      }
    }
  }

  /** "U.S." stands for "United States": an initialism joins the name whose initials it spells. */
  private static void linkInitialisms(java.util.Set<String> names, Aliases aliases) {
    Map<String, String> byInitials = new HashMap<>();
    for (String name : names) {
      String[] words = name.split("\\s+");
      if (words.length >= 2 && name.matches("[\\p{Lu}][\\p{L}]*(\\s+\\p{Lu}[\\p{L}]*)+")) {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
          initials.append(w.charAt(0));
        }
        byInitials.putIfAbsent(initials.toString(), name);
      }
    }
    for (String name : names) {
      if (name.matches("(\\p{Lu}\\.){2,}")) {
        String full = byInitials.get(name.replace(".", ""));
        if (full != null) {
          aliases.union(full, name);
        }
      }
    }
  }

  private static boolean looksPersonal(NameMention m) {
    return m.role() != null
        || !ORGANIZATION_WORD.matcher(m.name()).find()
            && !Places.NAMES.contains(m.name())
            && m.name()
                .matches(
                    "(\\p{Lu}[\\p{Ll}’'-]+|\\p{Lu}\\.)(\\s+(\\p{Lu}[\\p{Ll}’'-]+|\\p{Lu}\\.)){1,3}");
  }

  private static List<Entity> build(
      List<NameMention> mentions,
      Aliases aliases,
      Map<String, Integer> groupContext,
      Map<NameMention, String> sentenceOf) {
    Map<String, List<NameMention>> groups = new LinkedHashMap<>();
    for (NameMention m : mentions) {
      groups.computeIfAbsent(aliases.find(m.name()), k -> new ArrayList<>()).add(m);
    }
    List<Entity> entities = new ArrayList<>();
    for (List<NameMention> group : groups.values()) {
      Map<String, Integer> counts = new HashMap<>();
      TreeSet<String> roles = new TreeSet<>();
      TreeSet<Mention> where =
          new TreeSet<>(Comparator.comparing(Mention::article).thenComparingInt(Mention::sentence));
      boolean personal = false;
      int asGroup = 0;
      for (NameMention m : group) {
        counts.merge(m.name(), 1, Integer::sum);
        if (m.role() != null) {
          roles.add(m.role());
        }
        personal |= looksPersonal(m) || speaks(m.name(), sentenceOf.getOrDefault(m, ""));
        asGroup += groupContext.getOrDefault(m.name(), 0);
        where.add(new Mention(m.article(), m.sentence()));
      }
      String name = canonical(counts);
      TreeSet<String> names = new TreeSet<>(counts.keySet());
      names.addAll(aliases.members(name));
      names.remove(name);
      EntityType type = type(name, personal, asGroup, names);
      entities.add(
          new Entity("", name, type, List.copyOf(names), List.copyOf(roles), List.copyOf(where)));
    }
    entities.sort(
        Comparator.comparingInt((Entity e) -> e.mentions().size())
            .reversed()
            .thenComparing(Entity::name));
    List<Entity> numbered = new ArrayList<>();
    for (Entity e : entities.subList(0, Math.min(MAX_ENTITIES, entities.size()))) {
      numbered.add(
          new Entity(
              "e" + (numbered.size() + 1),
              e.name(),
              e.type(),
              e.aliases(),
              e.roles(),
              e.mentions()));
    }
    return numbered;
  }

  private static boolean speaks(String name, String sentence) {
    return SPEECH_AFTER_NAME.matcher(sentence).find()
        && Pattern.compile(Pattern.quote(name) + "\\s+(?:said|says|told|added|wrote|denied)\\b")
            .matcher(sentence)
            .find();
  }

  private static String canonical(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Integer> e) -> !e.getKey().contains(" "))
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparingInt(e -> e.getKey().split("\\s+").length)
                .thenComparing(Map.Entry::getKey))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  private static EntityType type(
      String name, boolean personal, int asGroup, TreeSet<String> names) {
    if (Places.NAMES.contains(name)) {
      return EntityType.PLACE;
    }
    if (asGroup > 0) {
      return EntityType.GROUP;
    }
    if (ORGANIZATION_WORD.matcher(name).find() || name.equals(name.toUpperCase(Locale.ROOT))) {
      return EntityType.ORGANIZATION;
    }
    return personal ? EntityType.PERSON : EntityType.ORGANIZATION;
  }
}
