package org.newsbrief.analyze.quote;

import java.util.List;

/**
 * A pronoun speaker ("he said") and the named speakers it may stand for, for learning and scoring
 * the {@link AntecedentRanker}.
 *
 * @param start offset of the quotation's content
 * @param end offset just past the quotation's content
 * @param pronoun the pronoun as written
 * @param candidates the candidate antecedents (named mentions as written), most recent first
 * @param features one {@link Antecedents#NAMES} row per candidate
 * @param rule the candidate the rule (last named, not plural) takes, or -1
 */
public record AntecedentChoice(
    int start,
    int end,
    String pronoun,
    List<String> candidates,
    List<double[]> features,
    int rule) {}
