package org.newsbrief.analyze.entity;

import org.jspecify.annotations.Nullable;

/**
 * One capitalised name in a sentence.
 *
 * @param name the name without title or role ("John F. Kerry")
 * @param role the title or role written before it ("Secretary of State"), if any
 * @param article the article id
 * @param sentence the sentence index
 */
record NameMention(String name, @Nullable String role, String article, int sentence) {}
