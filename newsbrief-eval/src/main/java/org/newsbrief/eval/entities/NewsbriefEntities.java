package org.newsbrief.eval.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Mention;
import org.newsbrief.model.Sentence;

/**
 * newsbrief's entity stage on tokenized documents: each sentence becomes a paragraph of an article,
 * the articles of a topic go through the analyzer and {@link Entities} together (keeping every
 * entity, not just a briefing's 40), and each entity's names are found again in the sentences it is
 * mentioned in, longest first, to give token spans.
 */
final class NewsbriefEntities {
  private final Analyzer analyzer = new Analyzer();
  private final Entities entities;

  /** With the trained tagger's names ({@code learned}) or the capitalisation rules'. */
  NewsbriefEntities(boolean learned) {
    entities = new Entities(Integer.MAX_VALUE, learned);
  }

  /** Where a sentence of an analyzed article sits in the tokenized document. */
  private record Place(int sentence, int offset) {}

  /** A name found in a sentence: its characters and the entity it belongs to. */
  private record Found(int sentence, int start, int end, int entity) {}

  List<List<MentionSpan>> entities(List<EntityDocument> topic) {
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    Map<String, Map<Integer, DetokenizedSentence>> texts = new HashMap<>();
    Map<String, Map<Integer, Place>> places = new HashMap<>();
    Map<String, Map<Integer, String>> sentenceText = new HashMap<>();
    for (EntityDocument doc : topic) {
      List<String> paragraphs = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      Map<Integer, DetokenizedSentence> byNumber = new HashMap<>();
      for (int s = 0; s < doc.sentences().size(); s++) {
        if (!doc.sentences().get(s).isEmpty()) {
          DetokenizedSentence d = DetokenizedSentence.of(doc.sentences().get(s));
          byNumber.put(s, d);
          paragraphs.add(d.text());
          numbers.add(s);
        }
      }
      AnalyzedArticle a =
          analyzer.analyze(new Article(doc.id(), doc.id(), doc.id(), null, null, paragraphs));
      analyzed.add(a);
      texts.put(doc.id(), byNumber);
      Map<Integer, Place> where = new HashMap<>();
      Map<Integer, String> what = new HashMap<>();
      int[] cursor = new int[paragraphs.size()];
      for (Sentence s : a.sentences()) {
        int at = paragraphs.get(s.paragraph()).indexOf(s.text(), cursor[s.paragraph()]);
        if (at >= 0) {
          cursor[s.paragraph()] = at + s.text().length();
          where.put(s.index(), new Place(numbers.get(s.paragraph()), at));
          what.put(s.index(), s.text());
        }
      }
      places.put(doc.id(), where);
      sentenceText.put(doc.id(), what);
    }
    List<Entity> found = entities.of(analyzed);
    Map<String, List<Found>> byDocument = new HashMap<>();
    for (int e = 0; e < found.size(); e++) {
      Entity entity = found.get(e);
      List<String> names = new ArrayList<>(entity.aliases());
      names.add(entity.name());
      for (Mention m : entity.mentions()) {
        Place place = places.getOrDefault(m.article(), Map.of()).get(m.sentence());
        String text = sentenceText.getOrDefault(m.article(), Map.of()).get(m.sentence());
        if (place == null || text == null) {
          continue;
        }
        for (String name : names) {
          Matcher hit = wordPattern(name).matcher(text);
          while (hit.find()) {
            byDocument
                .computeIfAbsent(m.article(), k -> new ArrayList<>())
                .add(
                    new Found(
                        place.sentence(),
                        place.offset() + hit.start(),
                        place.offset() + hit.end(),
                        e));
          }
        }
      }
    }
    return clusters(found.size(), byDocument, texts);
  }

  /** Longest names first; a name overlapping one already taken is dropped. */
  private static List<List<MentionSpan>> clusters(
      int count,
      Map<String, List<Found>> byDocument,
      Map<String, Map<Integer, DetokenizedSentence>> texts) {
    List<List<MentionSpan>> clusters = new ArrayList<>();
    for (int e = 0; e < count; e++) {
      clusters.add(new ArrayList<>());
    }
    byDocument.forEach(
        (doc, names) -> {
          names.sort(
              Comparator.comparingInt((Found f) -> f.start() - f.end())
                  .thenComparingInt(Found::sentence)
                  .thenComparingInt(Found::start));
          List<Found> taken = new ArrayList<>();
          for (Found f : names) {
            if (taken.stream()
                .noneMatch(
                    t ->
                        t.sentence() == f.sentence()
                            && t.start() < f.end()
                            && f.start() < t.end())) {
              taken.add(f);
              DetokenizedSentence sentence = texts.getOrDefault(doc, Map.of()).get(f.sentence());
              int[] tokens = sentence == null ? null : sentence.tokens(f.start(), f.end());
              if (tokens != null) {
                clusters
                    .get(f.entity())
                    .add(new MentionSpan(doc, f.sentence(), tokens[0], tokens[1]));
              }
            }
          }
        });
    clusters.removeIf(List::isEmpty);
    return clusters;
  }

  private static Pattern wordPattern(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
  }
}
