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
 * and each span becomes a {@link NameMention} with its type and the title or role written before it
 * ("Secretary of State John Kerry": role "Secretary of State"); a span that is only an honorific
 * ("Mr.") is no name. A span that opens with a title is a person whatever type the tagger gave it
 * (news writes titles in capitals, Reuters rarely). A name the text spells out before its acronym
 * ("Islamic State of Iraq and the Levant (ISIL)") is taken whole, as the rules took it.
 */
final class ModelNames {
  private static final Pattern CAPITALISED_BEFORE =
      Pattern.compile("((?:(?:\\p{Lu}[\\p{L}.’']*|of|the)\\s+){1,6})$");

  private static final Set<String> DROP = Set.of("MISC");
  private static final Pattern HONORIFIC_ALONE =
      Pattern.compile("(?i)(?:mr|mrs|ms|dr|messrs|mme|mlle)\\.?");
  private static final Set<String> BRACKETS = Set.of("(", ")", "[", "]", "{", "}");

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
      List<int[]> defined = AcronymExpansions.spans(text);
      int index = sentences.get(k).index();
      for (int[] d : defined) {
        found.add(new NameMention(text.substring(d[0], d[1]), null, article, index, "ORG"));
      }
      for (NerSpan span : unbracketed(spans.get(k), words.get(k))) {
        NerTokens t = tokens.get(k);
        int start = t.start(span.start());
        if (inside(defined, start)) {
          continue;
        }
        String name = text.substring(start, t.end(span.end() - 1)).replaceAll("[’']s$", "").strip();
        if (name.startsWith("The ") || name.startsWith("the ")) {
          start += 4;
          name = name.substring(4);
        }
        if (name.length() < 2
            || DROP.contains(span.type()) && adjective(name)
            || HONORIFIC_ALONE.matcher(name).matches()) {
          continue;
        }
        found.add(mention(text, start, name, span.type(), article, index));
      }
      out.add(found);
    }
    return out;
  }

  /**
   * The spans cut at brackets: "Levant ( ISIL" is two names, as news never writes a bracket inside
   * a name (CoNLL's sports tables do: "Zeleznik ( B )"); and without tokens of neither letters nor
   * digits at either end (a sentence's full stop the tagger took into "the Islamic State .").
   */
  static List<NerSpan> unbracketed(List<NerSpan> spans, List<String> words) {
    List<NerSpan> out = new ArrayList<>(spans.size());
    for (NerSpan span : spans) {
      int from = span.start();
      for (int i = span.start(); i <= span.end(); i++) {
        if (i == span.end() || BRACKETS.contains(words.get(i))) {
          int a = from;
          int b = i;
          while (a < b && !wordy(words.get(a))) {
            a++;
          }
          while (b > a && !wordy(words.get(b - 1))) {
            b--;
          }
          if (b > a) {
            out.add(new NerSpan(a, b, span.type()));
          }
          from = i + 1;
        }
      }
    }
    return out;
  }

  private static boolean wordy(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean inside(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (s[0] <= at && at < s[1]) {
        return true;
      }
    }
    return false;
  }

  /** A MISC name of one word or a prefixed one ("Iraqi", "anti-IS"): an adjective, not a name. */
  private static boolean adjective(String name) {
    return !name.contains(" ") || name.matches("(?i)(?:anti|pro|non|post|pre)-.*");
  }

  private static NameMention mention(
      String text, int start, String name, String type, String article, int index) {
    String role = null;
    String cleanName = name;
    String cleanType = type;
    NameFinder.Titled inside = NameFinder.splitRole(text, start, name);
    if (!inside.name().isEmpty() && !inside.name().equals(name)) {
      cleanName = inside.name();
      role = inside.role();
      cleanType = "PER";
    } else if ("PER".equals(type)) {
      Matcher before = CAPITALISED_BEFORE.matcher(text.substring(0, start));
      int from = before.find() ? before.start() : start;
      NameFinder.Titled outside =
          NameFinder.splitRole(text, from, text.substring(from, start) + name);
      role = outside.name().equals(name) ? outside.role() : inside.role();
    }
    return new NameMention(cleanName, role, article, index, cleanType);
  }
}
