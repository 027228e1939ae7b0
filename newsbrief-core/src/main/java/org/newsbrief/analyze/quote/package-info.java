/**
 * Quotations: finds direct quotations (curly or straight marks, running over several sentences,
 * split around the speech verb, partial quotes inside a sentence) and reported speech ("X said
 * that", "according to X"), and attributes each quotation to a speaker. Ordered rules ({@link
 * org.newsbrief.analyze.quote.QuoteAttribution}) vote; every pronoun, name and role noun near the
 * quotation is a candidate ({@link org.newsbrief.analyze.quote.SpeakerMentions}); a learned ranker
 * ({@link org.newsbrief.analyze.quote.SpeakerRanker}, a conditional logit trained on PolNeAR train
 * by {@code newsbrief train quotes}) scores the candidates over {@link
 * org.newsbrief.analyze.quote.SpeakerFeatures}, one feature code path for training and runtime. A
 * quotation several articles repeat is listed once with all its sources ({@link
 * org.newsbrief.analyze.quote.RepeatedQuotes}).
 */
@NullMarked
package org.newsbrief.analyze.quote;

import org.jspecify.annotations.NullMarked;
