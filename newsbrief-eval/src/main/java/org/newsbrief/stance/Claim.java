package org.newsbrief.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsbrief.analyze.Tokens;

/** A claim (headline) analysed once for every stance feature. */
final class Claim {
  final String text;
  final List<String> tokens;
  final List<String> stems;

  /** Stems of the content words (no stop words, no one-letter words), first occurrence order. */
  final Set<String> contentStems;

  /** Tokens that are not stop words, in order. */
  final List<String> contentTokens;

  /** The content tokens joined by spaces: the baseline's character n-gram source. */
  final String contentString;

  Claim(String text) {
    this.text = text;
    this.tokens = Words.tokens(text);
    this.stems = Words.stems(tokens);
    this.contentTokens = new ArrayList<>();
    this.contentStems = new LinkedHashSet<>();
    for (String t : tokens) {
      if (!Tokens.STOPWORDS.contains(t) && !Words.NEGATIONS.contains(t) && t.length() > 1) {
        contentTokens.add(t);
        contentStems.add(Words.stem(t));
      }
    }
    this.contentString = String.join(" ", contentTokens);
  }
}
