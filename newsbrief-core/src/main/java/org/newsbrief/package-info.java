/**
 * newsbrief turns a pile of news articles into a sourced briefing. {@link
 * org.newsbrief.NewsBriefings} is the one front door used by the command line, the server and the
 * Spark job; the stage packages behind it ({@code ingest}, {@code clean}, {@code analyze}, {@code
 * summarize}, {@code render}) each do one job.
 */
@NullMarked
package org.newsbrief;

import org.jspecify.annotations.NullMarked;
