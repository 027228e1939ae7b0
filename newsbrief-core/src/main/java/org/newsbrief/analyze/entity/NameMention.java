package org.newsbrief.analyze.entity;

import org.jspecify.annotations.Nullable;

/**
 * One capitalised name in a sentence.
 *
 * @param name the name without title or role ("John F. Kerry")
 * @param role the title or role written before it ("Secretary of State"), if any
 * @param article the article id
 * @param sentence the sentence index
 * @param type the tagger's CoNLL type ("PER", "ORG", "LOC", "MISC"), or null from the rules
 */
record NameMention(
    String name, @Nullable String role, String article, int sentence, @Nullable String type) {
  NameMention(String name, @Nullable String role, String article, int sentence) {
    this(name, role, article, sentence, null);
  }
}
