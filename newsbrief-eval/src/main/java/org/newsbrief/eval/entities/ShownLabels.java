package org.newsbrief.eval.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsbrief.NewsBriefings;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.Listing;
import org.newsbrief.analyze.entity.ShownFilter;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Stories;
import org.newsbrief.model.Story;

/**
 * Hand labels of shown entities (docs/labels/entities-shown-*.tsv: story, article id, offset and
 * length of the shown name's first occurrence, junk 0/1) joined to the entities newsbrief lists for
 * the same ECB+ stories ({@code clustering/ecbplus-stories}: docs.jsonl, gold.tsv). Each labelled
 * story's documents are clustered and briefed as {@code newsbrief brief STORY.jsonl} does, up to
 * the entity listing; an entity is labelled when a label of its story names it (case aside; a later
 * row of the file overrides an earlier one for the same name, so fresh labels replace stale).
 */
final class ShownLabels {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled entity: its story, name, features and label (1 = junk). */
  record Row(String story, String name, double[] features, boolean junk, String kind) {}

  /** The labelled rows, and how many labels found no listed entity. */
  record Joined(
      List<Row> rows, int unmatched, int labels, List<String> retyped, List<String> unlabelled) {}

  private ShownLabels() {}

  /**
   * Joins the labels in {@code labels} (rows of sets {@code sets}) to the stories under {@code
   * data}.
   */
  static Joined join(Path data, Path labels, Set<String> sets, int limit) throws IOException {
    Map<String, String> lines = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    for (String line : Files.readAllLines(data.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode doc = JSON.readTree(line);
        lines.put(doc.get("id").asText(), line);
        texts.put(doc.get("id").asText(), doc.get("text").asText());
      }
    }
    Map<String, List<String>> docsOf = new LinkedHashMap<>();
    List<String> gold = Files.readAllLines(data.resolve("gold.tsv"), StandardCharsets.UTF_8);
    for (String line : gold.subList(1, gold.size())) {
      String[] f = line.split("\t");
      docsOf.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[0]);
    }
    Map<String, Map<String, String>> junkByStory = new LinkedHashMap<>();
    int count = 0;
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (line.startsWith("#") || f.length < 8 || f[0].equals("story") || !sets.contains(f[7])) {
        continue;
      }
      String text = texts.get(f[1]);
      int at = Integer.parseInt(f[2]);
      if (text == null || at < 0) {
        continue;
      }
      String name = text.substring(at, at + Integer.parseInt(f[3])).toLowerCase(Locale.ROOT);
      junkByStory.computeIfAbsent(f[0], k -> new HashMap<>()).put(name, f[4] + "\t" + f[6]);
      count++;
    }
    List<String> stories = new ArrayList<>(junkByStory.keySet());
    stories.sort(Comparator.naturalOrder());
    NewsBriefings briefings = NewsBriefings.create();
    Analyzer analyzer = new Analyzer();
    Entities entities = new Entities();
    List<Row> rows = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    List<String> retyped = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    Path tmp = Files.createTempFile("shown-labels", ".jsonl");
    try {
      for (String story : stories.subList(0, Math.min(limit, stories.size()))) {
        List<String> docLines = new ArrayList<>();
        docsOf.getOrDefault(story, List.of()).forEach(id -> docLines.add(lines.get(id)));
        Files.write(tmp, docLines, StandardCharsets.UTF_8);
        Map<String, String> junk = junkByStory.getOrDefault(story, Map.of());
        for (List<AnalyzedArticle> briefing : briefed(briefings, analyzer, tmp)) {
          Listing listing = entities.listing(briefing, ShownFilter.none());
          for (int i = 0; i < listing.entities().size(); i++) {
            Entity e = listing.entities().get(i);
            String key = e.name().toLowerCase(Locale.ROOT);
            String label = junk.get(key);
            if (label == null) {
              unlabelled.add(
                  story + "\t" + firstOccurrence(e, docsOf.getOrDefault(story, List.of()), texts));
            }
            if (label != null) {
              matched.add(story + "\t" + key);
              String[] typeKind = label.split("\t");
              if (typeKind[0].equals(e.type().name().toLowerCase(Locale.ROOT))) {
                rows.add(
                    new Row(
                        story,
                        e.name(),
                        listing.features().get(i),
                        !typeKind[1].equals("o"),
                        typeKind[1]));
              } else {
                unlabelled.add(
                    story
                        + "\t"
                        + firstOccurrence(e, docsOf.getOrDefault(story, List.of()), texts)
                        + "\twas "
                        + typeKind[0]);
                retyped.add(
                    story
                        + "\t"
                        + e.name()
                        + "\t"
                        + typeKind[0]
                        + "->"
                        + e.type()
                        + "\t"
                        + typeKind[1]);
              }
            }
          }
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    int unmatched = 0;
    for (String story : stories.subList(0, Math.min(limit, stories.size()))) {
      for (String name : junkByStory.getOrDefault(story, Map.of()).keySet()) {
        unmatched += matched.contains(story + "\t" + name) ? 0 : 1;
      }
    }
    return new Joined(rows, unmatched, count, retyped, unlabelled);
  }

  /**
   * "article offset length type name" of the entity's name's first occurrence in the story's
   * articles (offset -1 when not found as written).
   */
  private static String firstOccurrence(Entity e, List<String> docs, Map<String, String> texts) {
    if (docs.isEmpty()) {
      return "?\t-1\t0\t" + e.type().name().toLowerCase(Locale.ROOT) + "\t" + e.name();
    }
    for (String id : docs) {
      int at = texts.getOrDefault(id, "").indexOf(e.name());
      if (at >= 0) {
        return id
            + "\t"
            + at
            + "\t"
            + e.name().length()
            + "\t"
            + e.type().name().toLowerCase(Locale.ROOT)
            + "\t"
            + e.name();
      }
    }
    return docs.get(0) + "\t-1\t0\t" + e.type().name().toLowerCase(Locale.ROOT) + "\t" + e.name();
  }

  /** The analyzed articles of each briefing {@code newsbrief brief FILE} makes of {@code file}. */
  private static List<List<AnalyzedArticle>> briefed(
      NewsBriefings briefings, Analyzer analyzer, Path file) {
    Stories found = briefings.stories(List.of(file));
    Map<String, Article> byId = new HashMap<>();
    found.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
    List<List<AnalyzedArticle>> out = new ArrayList<>();
    for (Story story : found.stories()) {
      List<Article> members = new ArrayList<>();
      story
          .articles()
          .forEach(id -> members.add(java.util.Objects.requireNonNull(byId.get(id), id)));
      members.sort(Comparator.comparing(Article::source).thenComparing(Article::id));
      out.add(members.stream().map(analyzer::analyze).toList());
    }
    return out;
  }
}
