/**
 * Embedded persistence and search: a Lucene index in a folder holding cleaned articles, their
 * sentences, entities and quotes, and the story each belongs to. {@link
 * org.newsbrief.store.ArticleStore} is the only way in; adding is idempotent and every acknowledged
 * add is committed to disk.
 */
@NullMarked
package org.newsbrief.store;

import org.jspecify.annotations.NullMarked;
