/**
 * Clean: turns a {@link org.newsbrief.model.RawDocument} into an {@link
 * org.newsbrief.model.Article}. Strips page furniture (advertisement markers, navigation, comment
 * prompts, copyright and reprint lines, repeated photo captions), re-joins hard-wrapped lines into
 * paragraphs, drops repeated lines, and finds the headline, outlet and publication date when the
 * text states them. It never invents a date.
 */
@NullMarked
package org.newsbrief.clean;

import org.jspecify.annotations.NullMarked;
