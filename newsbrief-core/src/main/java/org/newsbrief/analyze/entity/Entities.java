package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Sentence;

/**
 * Merges the names of a set of articles into canonical entities. Names join when the text defines
 * one as the other ("Islamic State (IS)", "IS (also known as ISIL or ISIS)", "a nickname for
 * ISIS"), when one is the surname of a person named in full, or when they differ only by a middle
 * initial; {@link EntityGroups} makes each group an entity (the canonical name is the group's most
 * frequent name of more than one word).
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
    return group(articles).groups().stream().map(GroupedEntity::entity).toList();
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
    List<Entity> all = found.groups().stream().map(GroupedEntity::entity).toList();
    List<double[]> features = new ArrayList<>();
    java.util.Set<String> doubtful = new java.util.HashSet<>();
    double scoredShare = Scores.share(found.text());
    for (GroupedEntity g : found.groups()) {
      double[] x =
          ShownFeatures.of(
              g.entity(),
              g.mentions(),
              g.types(),
              all,
              found.sentenceOf(),
              found.text(),
              scoredShare);
      features.add(x);
      if (filter.doubtful(x)) {
        doubtful.add(g.entity().id());
      }
    }
    return new Listing(all, features, doubtful);
  }

  /** The entities of a set of articles, each mention's sentence, and the sentences joined. */
  private record Found(
      List<GroupedEntity> groups, Map<NameMention, String> sentenceOf, String text) {}

  private Found group(List<AnalyzedArticle> articles) {
    List<NameMention> mentions = new ArrayList<>();
    Aliases aliases = new Aliases();
    Map<String, Integer> groupContext = new HashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    Map<NameMention, String> sentenceOf = new HashMap<>();
    Map<String, List<NameMention>> bySentence = new LinkedHashMap<>();
    StringBuilder text = new StringBuilder();
    int sentences = 0;
    int scored = 0;
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
        sentences++;
        scored += Scores.in(s.text()) ? 1 : 0;
        countGroupContext(s.text(), found, groupContext);
      }
    }
    bySentence.forEach((t, found) -> AliasRules.link(t, found, aliases, frequency));
    for (NameMention m : mentions) {
      aliases.add(m.name());
    }
    AliasRules.linkSurnames(mentions, aliases);
    ShortFirstNames.link(mentions, aliases);
    AliasRules.linkInitialisms(frequency.keySet(), aliases);
    AliasRules.linkVariants(frequency.keySet(), aliases);
    SpellingVariants.link(mentions, aliases);
    for (String team : AliasParts.link(mentions, aliases, scored * 10 > sentences)) {
      for (int i = 0; i < mentions.size(); i++) {
        NameMention m = mentions.get(i);
        if (m.name().equals(team)) {
          NameMention org = new NameMention(m.name(), m.role(), m.article(), m.sentence(), "ORG");
          mentions.set(i, org);
          sentenceOf.put(org, sentenceOf.getOrDefault(m, ""));
        }
      }
    }
    return new Found(
        EntityGroups.build(mentions, aliases, groupContext, sentenceOf, limit, listing),
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
}
