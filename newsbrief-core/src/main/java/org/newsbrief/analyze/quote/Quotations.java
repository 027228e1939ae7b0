package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Sentence;
import org.newsbrief.model.Speaker;

/**
 * Who said what across a set of articles. Each direct quotation gets its speaker; pronouns ("she
 * said") resolve to the last named speaker of the same article; mentions of one person ("Harf",
 * "State Department spokeswoman Marie Harf") share their fullest name and role across articles.
 */
public final class Quotations {
  private static final int MIN_WORDS = 4;
  private final QuoteFinder finder;
  private final boolean bySurname;
  private final @Nullable AntecedentRanker ranker;
  private final boolean ruleAntecedents;
  private final double clash;
  private final Set<NameSteps> steps;

  /**
   * Speakers grouped by full name; a bare surname takes its article's nearest full name; "he" and
   * "she" take the last named speaker that is not plural (the learned {@link #learned()} resolver
   * fell below this rule on PolNeAR dev, so it is not the default).
   */
  public Quotations() {
    this(false, null, true);
  }

  /** As {@link #Quotations()}, "he" and "she" resolved by the shipped {@link AntecedentRanker}. */
  public static Quotations learned() {
    return new Quotations(false, null, false);
  }

  private Quotations(boolean bySurname, @Nullable AntecedentRanker ranker, boolean rules) {
    this(bySurname, ranker, rules, 1);
  }

  private Quotations(
      boolean bySurname, @Nullable AntecedentRanker ranker, boolean rules, double clash) {
    this(new QuoteFinder(), bySurname, ranker, rules, clash, NameSteps.DEFAULT);
  }

  private Quotations(
      QuoteFinder finder,
      boolean bySurname,
      @Nullable AntecedentRanker ranker,
      boolean rules,
      double clash,
      Set<NameSteps> steps) {
    this.finder = finder;
    this.steps = steps.isEmpty() ? EnumSet.noneOf(NameSteps.class) : EnumSet.copyOf(steps);
    this.bySurname = bySurname;
    this.ranker = ranker;
    this.ruleAntecedents = rules;
    this.clash = clash;
  }

  /** As {@link #Quotations()}, "he"/"she" by {@link AntecedentChoice#agreeing}({@code clash}). */
  public static Quotations agreeing(double clash) {
    return new Quotations(false, null, true, clash);
  }

  /** As {@link #Quotations()}, quotations found and attributed by {@code finder}. */
  public static Quotations finding(QuoteFinder finder) {
    return new Quotations(finder, false, null, true, 1, NameSteps.DEFAULT);
  }

  /** As this resolver with only {@code steps} of the naming steps ({@link NameSteps#DEFAULT}). */
  public Quotations withSteps(Set<NameSteps> steps) {
    return new Quotations(finder, bySurname, ranker, ruleAntecedents, clash, steps);
  }

  /** As this resolver, "he" and "she" resolved by {@code ranker} instead of the rule. */
  public Quotations withAntecedents(AntecedentRanker ranker) {
    return new Quotations(finder, bySurname, ranker, false, clash, steps);
  }

  /** As this resolver, the rule decides whether "he"/"she" is named, {@code ranker} who. */
  public Quotations withRankedAntecedents(AntecedentRanker ranker) {
    return new Quotations(finder, bySurname, ranker, true, clash, steps);
  }

  /** As {@link #Quotations()}, "he" and "she" resolved by {@code ranker}. */
  public static Quotations ranking(AntecedentRanker ranker) {
    return new Quotations(false, ranker, false);
  }

  /** The pronoun rule ("he" / "she" take the last named speaker that is not plural). */
  public static Quotations lastNamed() {
    return new Quotations(false, null, true);
  }

  /** The old baseline: one speaker per surname, named by its longest mention (Clintons merge). */
  public static Quotations bySurname() {
    return new Quotations(true, null, true);
  }

  /** The attributed direct quotations of {@code articles}, in article order. */
  public List<Quote> of(List<AnalyzedArticle> articles) {
    List<Quote> raw = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      String text = String.join("\n", a.article().paragraphs());
      Map<Integer, String> vias = new java.util.HashMap<>();
      List<QuoteSpan> resolved = resolve(text, null, vias);
      List<Speaker> speakers = speakers(text, resolved);
      for (int i = 0; i < resolved.size(); i++) {
        QuoteSpan q = resolved.get(i);
        String quoted = text.substring(q.start(), q.end()).strip();
        if (quoted.split("\\s+").length >= MIN_WORDS) {
          Speaker who = speakers.get(i);
          int at = sentenceOf(a, quoted);
          String id = a.article().id();
          raw.add(new Quote(quoted, true, who, id, at, List.of(id), vias.get(q.start())));
        }
      }
    }
    Map<String, Speaker> fullest =
        FullNames.fullest(
            raw.stream().map(Quote::speaker).toList(),
            bySurname,
            steps.contains(NameSteps.ARTICLE_FULL_NAMES));
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : raw) {
      Speaker s = fullest.getOrDefault(key(q.speaker()), q.speaker());
      String via = q.via();
      if (via != null && FullNames.key(s).contains(FullNames.key(new Speaker(null, via, null)))) {
        via = null;
      }
      quotes.add(new Quote(q.text(), q.direct(), s, q.article(), q.sentence(), q.sources(), via));
    }
    return quotes;
  }

  /**
   * The speaker name each attributed quotation of one article resolves to, after pronouns ("she")
   * take their antecedent and each name its fullest form in the article ("Harf" is "Marie Harf"):
   * the quotation with {@code speaker} replaced by that name (offsets still the mention's).
   */
  public List<QuoteSpan> named(String text) {
    List<QuoteSpan> resolved = resolve(text, null, null);
    List<Speaker> speakers = speakers(text, resolved);
    Map<String, Speaker> fullest =
        FullNames.fullest(speakers, bySurname, steps.contains(NameSteps.ARTICLE_FULL_NAMES));
    List<QuoteSpan> out = new ArrayList<>();
    for (int i = 0; i < resolved.size(); i++) {
      QuoteSpan q = resolved.get(i);
      String name = fullest.getOrDefault(key(speakers.get(i)), speakers.get(i)).name();
      out.add(new QuoteSpan(q.start(), q.end(), q.speakerStart(), q.speakerEnd(), name));
    }
    return out;
  }

  private List<Speaker> speakers(String text, List<QuoteSpan> resolved) {
    if (bySurname) {
      return resolved.stream().map(q -> SpeakerNames.of(q.speaker())).toList();
    }
    List<QuoteSpan> names =
        steps.contains(NameSteps.ARTICLE_FULL_NAMES) ? ArticleNames.of(text) : List.of();
    return FullNames.of(resolved, SpeechVerbScan.namedMentions(text), names);
  }

  private String key(Speaker s) {
    return FullNames.key(s, bySurname);
  }

  /**
   * Every pronoun speaker of {@code text} ("she said") with its candidate antecedents and their
   * features, as this resolver meets them.
   */
  public List<AntecedentChoice> antecedentChoices(String text) {
    List<AntecedentChoice> choices = new ArrayList<>();
    resolve(text, choices, null);
    return choices;
  }

  /** The attributed quotations of one text, pronouns resolved; {@code vias} gets the relays. */
  private List<QuoteSpan> resolve(
      String text, @Nullable List<AntecedentChoice> choices, @Nullable Map<Integer, String> vias) {
    return new SpeakerResolution(finder, ranker, ruleAntecedents, clash, steps)
        .resolve(text, choices, vias);
  }

  private static int sentenceOf(AnalyzedArticle a, String quoted) {
    String probe = quoted.substring(0, Math.min(25, quoted.length()));
    for (Sentence s : a.sentences()) {
      if (s.text().contains(probe)) {
        return s.index();
      }
    }
    return 0;
  }
}
