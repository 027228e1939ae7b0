package org.newsbrief.analyze.quote;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the ordered rules say about one quotation: their pick (after carrying a speaker over), what
 * each strategy names on its own, and the speakers an introducing paragraph or the quotation before
 * offered.
 */
record RuleVotes(
    QuoteSpan pick,
    List<QuoteSpan> strategies,
    @Nullable QuoteSpan introducer,
    @Nullable QuoteSpan carried) {}
