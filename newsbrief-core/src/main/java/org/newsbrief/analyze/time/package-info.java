/**
 * Time expressions: finds dates, times, durations and sets in English news text and normalises them
 * to TIMEX3 values against the article's own publication date, never against "now".
 */
@NullMarked
package org.newsbrief.analyze.time;

import org.jspecify.annotations.NullMarked;
