/**
 * Clean: turns a {@link org.newsbrief.model.RawDocument} into an {@link
 * org.newsbrief.model.Article}. Strips page furniture (advertisement markers, navigation, comment
 * prompts, copyright and reprint lines, repeated photo captions), re-joins hard-wrapped lines into
 * paragraphs, drops repeated lines, and finds the headline, outlet and publication date when the
 * text states them, and from HTML pages the byline (people only), canonical URL, language
 * (declared, else detected from the text), publication and modification dates, read from markup or
 * shown to readers in eight languages ({@code PageMetadata}). {@link
 * org.newsbrief.clean.NewsCleaner#extract} gives all of it as a {@link
 * org.newsbrief.clean.PageExtraction}, also for a page without article text. It never invents a
 * date and never returns one in the future. {@link org.newsbrief.clean.NearDuplicates} then groups
 * the cleaned articles that are copies of one text (syndicated wire stories), so that later stages
 * count each group as one source.
 */
@NullMarked
package org.newsbrief.clean;

import org.jspecify.annotations.NullMarked;
