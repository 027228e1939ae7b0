package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsbrief.model.Sentence;

/**
 * The names of one article as the trained tagger finds them: each sentence is tokenised as CoNLL
 * text is, the whole article is tagged at once (so a word's earlier type informs its later uses),
 * and each span becomes a {@link NameMention} with its type and the title or role written before
 * it ("Secretary of State John Kerry": role "Secretary of State").
 */
final class ModelNames {
  private static final Pattern CAPITALISED_BEFORE =
      Pattern.compile("((?:(?:\\p{Lu}[\\p{L}.’']*|of|the)\\s+){1,6})$");

  /** Nationality and language words: MISC names that are adjectives, not participants. */
  private static final Pattern DEMONYM =
      Pattern.compile("\\p{Lu}\\p{L}+(?:ian|ians|ese|ish|is|ans|an|ic|ch)|French|Dutch|Swiss|Greek");

  private static final Set<String> DROP = Set.of("MISC");

  private ModelNames() {}

  static List<List<NameMention>> find(NerTagger tagger, String article, List<Sentence> sentences) {
    List<NerTokens> tokens = new ArrayList<>(sentences.size());
    List<List<String>> words = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      NerTokens t = NerTokens.of(s.text());
      tokens.add(t);
      words.add(t.words());
    }
    List<List<NerSpan>> spans = tagger.tag(words);
    List<List<NameMention>> out = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      List<NameMention> found = new ArrayList<>();
      String text = sentences.get(k).text();
      for (NerSpan span : spans.get(k)) {
        NerTokens t = tokens.get(k);
        int start = t.start(span.start());
        String name = text.substring(start, t.end(span.end() - 1)).replaceAll("[’']s$", "").strip();
        if (name.length() < 2 || DROP.contains(span.type()) && DEMONYM.matcher(name).matches()) {
          continue;
        }
        found.add(mention(text, start, name, span.type(), article, sentences.get(k).index()));
      }
      out.add(found);
    }
    return out;
  }

  private static NameMention mention(
      String text, int start, String name, String type, String article, int index) {
    String role = null;
    String cleanName = name;
    NameFinder.Titled inside = NameFinder.splitRole(text, start, name);
    if (!inside.name().isEmpty() && !inside.name().equals(name)) {
      cleanName = inside.name();
      role = inside.role();
    } else if ("PER".equals(type)) {
      Matcher before = CAPITALISED_BEFORE.matcher(text.substring(0, start));
      int from = before.find() ? before.start() : start;
      NameFinder.Titled outside = NameFinder.splitRole(text, from, text.substring(from, start) + name);
      role = outside.name().equals(name) ? outside.role() : inside.role();
    }
    return new NameMention(cleanName, role, article, index, type);
  }
}
