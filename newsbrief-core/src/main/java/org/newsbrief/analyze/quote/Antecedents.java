package org.newsbrief.analyze.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The named speakers a pronoun speaker ("she said") of one text may stand for, and their features
 * for the {@link AntecedentRanker}: one candidate per person (surname) named as a speech-verb
 * subject or quotation speaker before the pronoun, most recent first. Features: recency rank,
 * distance, paragraph, plural, gender agreement from the article itself (the first he/his or
 * she/her after the person's mentions in the same sentence; Mr./Ms./Mrs. before the surname),
 * salience (earlier quotations, mentions), whether the last quotation was theirs, name shape and
 * the rule's pick, and whether the person leads ({@link LeadMentions}) the sentence before the
 * quotation or its paragraph, and the clash of its first name's learned gender ({@link NameGender})
 * with the pronoun. Not thread-safe (caches per text).
 */
final class Antecedents {
  static final List<String> NAMES =
      List.of(
          "rule_pick",
          "recent_0",
          "recent_1",
          "recent_2",
          "recent_3plus",
          "log_chars",
          "same_paragraph",
          "previous_paragraph",
          "plural",
          "gender_agree",
          "gender_clash",
          "quote_speaker",
          "log_quotes",
          "last_quote_speaker",
          "log_mentions",
          "full_name",
          "one_word",
          "lower_case_word",
          "all_capitals",
          "sentence_start",
          "mention_only",
          "pronoun_word",
          "sentence_lead",
          "paragraph_lead",
          "name_clash");

  private static final int MAX_CANDIDATES = 10;
  private static final int MENTION_PARAGRAPHS = 2;
  private final String text;
  private final ArticleGender gender;
  private final LeadMentions leads;
  private final NameGender firstNames;
  private final int[] breaks;
  private @Nullable List<QuoteSpan> names;

  Antecedents(String text) {
    this(text, NameGender.shipped());
  }

  Antecedents(String text, NameGender firstNames) {
    this.text = text;
    this.firstNames = firstNames;
    this.gender = new ArticleGender(text);
    this.leads = new LeadMentions(text);
    List<Integer> breaks = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        breaks.add(i);
      }
    }
    this.breaks = breaks.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A person's key: the lower-cased surname of the name a mention gives (or the mention). */
  static String key(String mention) {
    String name = SpeakerNames.of(mention).name();
    String k = name.isBlank() ? mention : FullNames.surname(name);
    return k.toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  /**
   * The candidates for {@code pronoun} at {@code offset}: {@code named} are the named mentions
   * known so far, {@code quoted} the named speakers of earlier quotations (in order).
   */
  AntecedentChoice choice(
      int start,
      int end,
      String pronoun,
      int offset,
      List<QuoteSpan> named,
      List<QuoteSpan> quoted) {
    Map<String, QuoteSpan> last = new LinkedHashMap<>();
    for (QuoteSpan m : named) {
      if (m.speakerEnd() <= offset) {
        QuoteSpan had = last.get(key(m.speaker()));
        if (had == null || m.speakerEnd() > had.speakerEnd()) {
          last.put(key(m.speaker()), m);
        }
      }
    }
    java.util.Set<String> speakers = new java.util.HashSet<>(last.keySet());
    List<QuoteSpan> all = names;
    if (all == null) {
      all = ArticleNames.of(text);
      names = all;
    }
    for (QuoteSpan m : all) {
      if (m.speakerEnd() <= offset
          && paragraph(offset) - paragraph(m.speakerStart()) <= MENTION_PARAGRAPHS
          && !speakers.contains(key(m.speaker()))) {
        last.put(key(m.speaker()), m);
      }
    }
    List<QuoteSpan> order = new ArrayList<>(last.values());
    order.sort((a, b) -> Integer.compare(b.speakerEnd(), a.speakerEnd()));
    if (order.size() > MAX_CANDIDATES) {
      order = order.subList(0, MAX_CANDIDATES);
    }
    boolean singular = pronoun.equalsIgnoreCase("he") || pronoun.equalsIgnoreCase("she");
    boolean female = pronoun.equalsIgnoreCase("she");
    int rule = -1;
    Map<String, Integer> quotes = new HashMap<>();
    String lastQuoted = "";
    for (QuoteSpan q : quoted) {
      if (q.speakerEnd() <= offset) {
        quotes.merge(key(q.speaker()), 1, Integer::sum);
        lastQuoted = key(q.speaker());
      }
    }
    List<QuoteSpan> mentions = new ArrayList<>(named);
    mentions.addAll(all);
    List<String> names = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    int paragraph = paragraph(offset);
    for (int i = 0; i < order.size(); i++) {
      QuoteSpan m = order.get(i);
      String k = key(m.speaker());
      boolean plural = ArticleNames.plural(m.speaker());
      boolean mentionOnly = !speakers.contains(k);
      if (rule < 0 && !mentionOnly && !(singular && plural)) {
        rule = i;
      }
      double g = plural ? 0 : gender.of(m.speaker());
      double agree = female ? Math.max(-g, 0) : Math.max(g, 0);
      double clash = female ? Math.max(g, 0) : Math.max(-g, 0);
      String[] words = m.speaker().strip().split("\\s+");
      int gap = paragraph - paragraph(m.speakerStart());
      double[] x = new double[NAMES.size()];
      x[1] = i == 0 ? 1 : 0;
      x[2] = i == 1 ? 1 : 0;
      x[3] = i == 2 ? 1 : 0;
      x[4] = i >= 3 ? 1 : 0;
      x[5] = Math.log1p(Math.max(0, offset - m.speakerEnd())) / 5;
      x[6] = gap == 0 ? 1 : 0;
      x[7] = gap == 1 ? 1 : 0;
      x[8] = plural ? 1 : 0;
      x[9] = singular ? agree : 0;
      x[10] = singular ? clash : 0;
      x[11] = quotes.containsKey(k) ? 1 : 0;
      x[12] = Math.log1p(quotes.getOrDefault(k, 0));
      x[13] = k.equals(lastQuoted) ? 1 : 0;
      x[14] = Math.log1p(ArticleNames.count(text, k, offset));
      x[15] = FullNames.isFull(SpeakerNames.of(m.speaker())) ? 1 : 0;
      x[16] = words.length == 1 ? 1 : 0;
      x[17] = m.speaker().matches(".*\\b\\p{Ll}+\\b.*") ? 1 : 0;
      x[18] = m.speaker().equals(m.speaker().toUpperCase(Locale.ROOT)) ? 1 : 0;
      x[19] = leads.sentenceStart(m.speakerStart()) ? 1 : 0;
      x[20] = mentionOnly ? 1 : 0;
      x[21] = ArticleNames.PRONOUN_WORD.matcher(m.speaker()).find() ? 1 : 0;
      x[22] = k.equals(leads.sentenceLead(start, mentions)) ? 1 : 0;
      x[23] = k.equals(leads.paragraphLead(start, mentions)) ? 1 : 0;
      double n =
          singular && !plural
              ? firstNames.of(FirstNames.of(m.speaker(), offset, mentions, firstNames))
              : 0;
      x[24] = female ? Math.max(n, 0) : Math.max(-n, 0);
      names.add(m.speaker());
      rows.add(x);
    }
    if (rule >= 0) {
      rows.get(rule)[0] = 1;
    }
    return new AntecedentChoice(start, end, pronoun, names, rows, rule);
  }

  private int paragraph(int offset) {
    int i = java.util.Arrays.binarySearch(breaks, offset);
    return i >= 0 ? i : -i - 1;
  }
}
