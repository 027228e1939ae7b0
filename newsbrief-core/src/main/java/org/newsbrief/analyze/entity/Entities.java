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
  private static final Pattern GROUP_CONTEXT =
      Pattern.compile(
          "^[’']?s?\\s*(?:\\(\\w+\\)\\s*)?(?:terror )?(?:group|militants|movement|fighters"
              + "|insurgents|extremists)\\b");
  static final Pattern ORGANIZATION_WORD =
      Pattern.compile(
          "\\b(Department|Ministry|House|Pentagon|Agency|Command|Times|News|Council|Government"
              + "|Party|Committee|Fund|Bank|Union|Court|Congress|Senate|Coalition|Guards|Press"
              + "|Reuters|CNN|VOA|Administration|Office|University|Republic|Organization"
              + "|Corporation|Corp|Company|Inc|Institute|Association|Foundation|Center|Centre"
              + "|Hospital|School|College|Church|Airlines|Airways|Police|Army|Navy|Forces"
              + "|Brotherhood|Act|Store|Museum|Club|Society|Network|Bureau|Commission|Authority"
              + "|Service|Services|Station|Team|League|Studios|Records|Magazine|Journal|Post)\\b");
  private static final Pattern SPEECH_AFTER_NAME =
      Pattern.compile("\\b(?:said|says|told|added|wrote|denied)\\b");

  private final int limit;
  private final boolean learned;
  private final boolean listing;

  /** Keeps every entity fit to list (the renderers choose which to show). */
  public Entities() {
    this(Integer.MAX_VALUE);
  }

  /** Keeps the {@code limit} most mentioned entities fit to list. */
  public Entities(int limit) {
    this(limit, true, true);
  }

  /**
   * Keeps the {@code limit} most mentioned entities, names found by the trained tagger ({@code
   * learned}) or by the capitalisation rules it replaced (kept as a peer for evaluation), whether
   * fit to list or not (the coreference evaluation).
   */
  public Entities(int limit, boolean learned) {
    this(limit, learned, false);
  }

  /**
   * As above; with {@code listing}, only entities fit to list in a briefing: not those that are
   * MISC to the tagger (events, works, products, nationalities), nor those the tagger never named
   * (the rules' backstop). A briefing's entity stage lists; the coreference evaluation keeps all.
   */
  public Entities(int limit, boolean learned, boolean listing) {
    if (limit < 0) {
      throw new IllegalArgumentException("negative limit: " + limit);
    }
    this.limit = limit;
    this.learned = learned;
    this.listing = listing && learned;
  }

  /** The canonical entities of {@code articles}, most mentioned first. */
  public List<Entity> of(List<AnalyzedArticle> articles) {
    return group(articles).groups().stream().map(Grouped::entity).toList();
  }

  /**
   * The entities of {@code articles} fit to list (as {@link #of}), with the shipped shown-entity
   * filter's features and doubts (see {@link ShownFilter}).
   */
  public Listing listing(List<AnalyzedArticle> articles) {
    return listing(articles, ShownFilter.shipped());
  }

  /** As {@link #listing(List)}, with {@code filter}. */
  public Listing listing(List<AnalyzedArticle> articles, ShownFilter filter) {
    Found found = group(articles);
    List<Entity> all = found.groups().stream().map(Grouped::entity).toList();
    List<double[]> features = new ArrayList<>();
    java.util.Set<String> doubtful = new java.util.HashSet<>();
    for (Grouped g : found.groups()) {
      double[] x =
          ShownFeatures.of(
              g.entity(), g.mentions(), g.types(), all, found.sentenceOf(), found.text());
      features.add(x);
      if (filter.doubtful(x)) {
        doubtful.add(g.entity().id());
      }
    }
    return new Listing(all, features, doubtful);
  }

  /** An entity with the mentions it was built from and their tagger types. */
  private record Grouped(Entity entity, List<NameMention> mentions, Map<String, Integer> types) {}

  /** The entities of a set of articles, each mention's sentence, and the sentences joined. */
  private record Found(List<Grouped> groups, Map<NameMention, String> sentenceOf, String text) {}

  private Found group(List<AnalyzedArticle> articles) {
    List<NameMention> mentions = new ArrayList<>();
    Aliases aliases = new Aliases();
    Map<String, Integer> groupContext = new HashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    Map<NameMention, String> sentenceOf = new HashMap<>();
    Map<String, List<NameMention>> bySentence = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    for (AnalyzedArticle a : articles) {
      List<List<NameMention>> tagged =
          learned ? ModelNames.find(NerTagger.shipped(), a.article().id(), a.sentences()) : null;
      for (int k = 0; k < a.sentences().size(); k++) {
        Sentence s = a.sentences().get(k);
        text.append(s.text()).append('\n');
        List<NameMention> ruled = NameFinder.find(s.text(), a.article().id(), s.index());
        List<NameMention> found =
            TimeWords.drop(tagged != null ? backstop(tagged.get(k), ruled, s.text()) : ruled);
        mentions.addAll(found);
        found.forEach(n -> frequency.merge(n.name(), 1, Integer::sum));
        found.forEach(n -> sentenceOf.put(n, s.text()));
        bySentence.put(s.text(), found);
        countGroupContext(s.text(), found, groupContext);
      }
    }
    bySentence.forEach((t, found) -> AliasRules.link(t, found, aliases, frequency));
    for (NameMention m : mentions) {
      aliases.add(m.name());
    }
    AliasRules.linkSurnames(mentions, aliases);
    AliasRules.linkInitialisms(frequency.keySet(), aliases);
    AliasRules.linkVariants(frequency.keySet(), aliases);
    AliasParts.link(mentions, aliases);
    return new Found(
        build(mentions, aliases, groupContext, sentenceOf, limit, listing),
        sentenceOf,
        text.toString());
  }

  /**
   * The tagger's names, and the rules' names it did not touch, but for single words that open the
   * sentence (a recall backstop for kinds of names CoNLL-2003 does not tag, such as products:
   * measured on ECB+, docs/notes/entities.md).
   */
  private static List<NameMention> backstop(
      List<NameMention> tagged, List<NameMention> ruled, String sentence) {
    List<NameMention> found = new ArrayList<>(tagged);
    for (NameMention r : ruled) {
      boolean touched =
          tagged.stream().anyMatch(m -> m.name().contains(r.name()) || r.name().contains(m.name()));
      if (!touched && (r.name().contains(" ") || !sentence.startsWith(r.name()))) {
        found.add(r);
      }
    }
    return found;
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

  private static List<Grouped> build(
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
    List<Grouped> entities = new ArrayList<>();
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
          new Grouped(
              new Entity("", name, type, List.copyOf(names), widest(roles), List.copyOf(where)),
              group,
              types));
    }
    entities.sort(
        Comparator.comparingInt((Grouped g) -> g.entity().mentions().size())
            .reversed()
            .thenComparing(g -> g.entity().name()));
    List<Grouped> numbered = new ArrayList<>();
    for (Grouped g : entities.subList(0, Math.min(limit, entities.size()))) {
      Entity e = g.entity();
      numbered.add(
          new Grouped(
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
    if (ORGANIZATION_WORD.matcher(name).find() || name.equals(name.toUpperCase(Locale.ROOT))) {
      return EntityType.ORGANIZATION;
    }
    return personal ? EntityType.PERSON : EntityType.ORGANIZATION;
  }
}
