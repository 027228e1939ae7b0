package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.analyze.entity.Entities;
import org.newsbrief.analyze.entity.SpeakerLinks;
import org.newsbrief.analyze.quote.NameGender;
import org.newsbrief.analyze.quote.NameSteps;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.quote.RepeatedQuotes;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Quote;

/**
 * What the reader of a briefing sees as a quotation's speaker, scored per article on PolNeAR: each
 * article is briefed alone through the briefing's own steps (analysis, entities, quotations,
 * speaker links, repeats), and each shown quotation whose words overlap a gold direct relation with
 * a named source is counted. The gold name is the source's name words ({@link ShownGold#nameWords}:
 * capitalised words, titles, determiners, pronouns and a possessive owner with what precedes it
 * removed, so "Obama's former campaign strategist" names no one and is not counted); for a source
 * "he"/"she" the nearest earlier gold source naming one person that is not itself a pronoun. {@code
 * shown_speaker_accuracy}: the shown name is that person ({@link SpeakerNaming#sameName}); {@code
 * shown_speaker_nonname}: the shown speaker has no name words (a pronoun, a role, a fragment);
 * {@code shown_speaker_unresolved}: shown as unresolved (no speaker); {@code shown_not_quotation}:
 * share of all shown quotations that overlap no gold content at all. A relayed quotation ("Khamenei
 * (via FARS)") counts right when its speaker or its relay is the gold name (PolNeAR's source of a
 * layered relation is the relay).
 */
final class ShownSpeakers {
  /** The variant linking role speakers by their entities' own roles only ({@link SpeakerLinks}). */
  static final String NO_QUOTED_ROLES = "_no_quoted_roles";

  private ShownSpeakers() {}

  static Map<String, Double> score(
      Map<String, Path> articles, Quotations quotations, @Nullable PrintStream errors)
      throws IOException {
    return score(articles, Map.of("", article -> quotations), errors);
  }

  /**
   * As above for several resolvers at once (each article analysed and its names tagged once): the
   * figures of variant {@code v} carry the suffix {@code v} ("" for none); {@code variants} map an
   * article key to the resolver of that article; errors are printed for the "" variant. Each
   * variant is also compared with "" quote by quote ({@link PairedOutcomes}).
   */
  static Map<String, Double> score(
      Map<String, Path> articles,
      Map<String, Function<String, Quotations>> variants,
      @Nullable PrintStream errors)
      throws IOException {
    Analyzer analyzer = new Analyzer();
    Entities entities = new Entities();
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Map<String, Boolean>> outcomes = new TreeMap<>();
    GenderGold genderGold = new GenderGold(NameGender.shipped());
    for (Map.Entry<String, Path> entry : articles.entrySet()) {
      String text = Files.readString(Path.of(entry.getKey()), StandardCharsets.UTF_8);
      List<Attribution> relations = Attribution.read(entry.getValue(), text);
      List<String> paragraphs =
          List.of(text.split("\\n+")).stream().filter(p -> !p.isBlank()).toList();
      String id = Path.of(entry.getKey()).getFileName().toString();
      AnalyzedArticle a = analyzer.analyze(new Article(id, id, id, null, null, paragraphs));
      List<Entity> found = entities.of(List.of(a));
      for (Map.Entry<String, Function<String, Quotations>> v : variants.entrySet()) {
        List<Quote> quotes =
            RepeatedQuotes.merged(
                SpeakerLinks.link(
                    v.getValue().apply(entry.getKey()).of(List.of(a)),
                    found,
                    !v.getKey().equals(NO_QUOTED_ROLES)));
        int[] c = counts.computeIfAbsent(v.getKey(), k -> new int[8]);
        Map<String, Boolean> o = outcomes.computeIfAbsent(v.getKey(), k -> new HashMap<>());
        count(text, id, relations, quotes, c, o, genderGold, v.getKey().isEmpty() ? errors : null);
      }
    }
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      String v = e.getKey();
      double counted = Math.max(c[0], 1);
      out.put("shown_speaker_accuracy" + v, c[1] / counted);
      out.put("shown_speaker_nonname" + v, c[2] / counted);
      out.put("shown_speaker_unresolved" + v, c[3] / counted);
      out.put("count_shown_speakers" + v, (double) c[0]);
      out.put("count_shown_quotes" + v, (double) c[4]);
      out.put("shown_not_quotation" + v, c[5] / (double) Math.max(c[4], 1));
      out.put("shown_speaker_accuracy_gender_gold" + v, c[7] / (double) Math.max(c[6], 1));
      out.put("count_shown_speakers_gender_gold" + v, (double) c[6]);
    }
    out.putAll(PairedOutcomes.figures(outcomes));
    return out;
  }

  /**
   * Adds to {@code c}: counted, right, non-name, unresolved, shown, not a quotation, and counted
   * and right against the gender-aware gold ({@link GenderGold}); puts into {@code outcomes}
   * whether each counted quote (article id @ offset) is right, for {@link PairedOutcomes}.
   */
  private static void count(
      String text,
      String id,
      List<Attribution> relations,
      List<Quote> quotes,
      int[] c,
      Map<String, Boolean> outcomes,
      GenderGold genderGold,
      @Nullable PrintStream errors) {
    int from = 0;
    for (Quote q : quotes) {
      int start = text.indexOf(q.text(), from);
      if (start < 0) {
        start = text.indexOf(q.text());
      }
      if (start < 0) {
        continue;
      }
      from = start + 1;
      c[4]++;
      int end = start + q.text().length();
      Attribution gold = null;
      boolean anyContent = false;
      for (Attribution r : relations) {
        if (Attribution.overlaps(r.content(), start, end)) {
          anyContent = true;
          if (r.direct() && !r.source().isEmpty() && gold == null) {
            gold = r;
          }
        }
      }
      c[5] += anyContent ? 0 : 1;
      List<String> name = gold == null ? List.of() : ShownGold.goldName(text, gold, relations);
      List<String> byGender = gold == null ? List.of() : genderGold.goldName(text, gold, relations);
      String speaker = q.speaker().name();
      List<String> said = ShownGold.nameWords(speaker);
      if (!byGender.isEmpty()) {
        c[6]++;
        c[7] += shows(said, q, byGender) ? 1 : 0;
      }
      if (errors != null && !byGender.equals(name)) {
        errors.printf(
            "GOLDDIFF %s @%d gold=%s gender_gold=%s shown=%s | %s%n",
            id,
            start,
            name,
            byGender,
            speaker,
            text.substring(Math.max(0, start - 400), Math.min(text.length(), end + 60))
                .replace('\n', ' '));
      }
      if (name.isEmpty()) {
        continue;
      }
      c[0]++;
      boolean ok = shows(said, q, name);
      c[1] += ok ? 1 : 0;
      String key = id + "@" + start;
      while (outcomes.containsKey(key)) {
        key += "'";
      }
      outcomes.put(key, ok);
      c[2] += said.isEmpty() && !speaker.isBlank() ? 1 : 0;
      c[3] += speaker.isBlank() ? 1 : 0;
      if (!ok && errors != null) {
        errors.printf("SHOWN %s @%d gold=%s shown=%s%n", id, start, name, speaker);
      }
    }
  }

  /** Whether the shown speaker words {@code said} or the relay of {@code q} name {@code name}. */
  private static boolean shows(List<String> said, Quote q, List<String> name) {
    return SpeakerNaming.sameName(said, name)
        || q.via() != null && SpeakerNaming.sameName(ShownGold.nameWords(q.via()), name);
  }

  /**
   * The default resolver ("") and its peers in one run: {@code _before} without any {@link
   * NameSteps} (the resolution before them), {@code _no_<step>} without one default step, {@code
   * _with_<step>} with one more, {@code _no_quoted_roles} linking role speakers by entity roles
   * only, {@code _learned_antecedents} "he"/"she" by the shipped antecedent ranker.
   */
  static Map<String, Function<String, Quotations>> variants() {
    Quotations all = new Quotations();
    Map<String, Function<String, Quotations>> out = new TreeMap<>();
    out.put("", a -> all);
    Quotations before = all.withSteps(EnumSet.noneOf(NameSteps.class));
    out.put("_before", a -> before);
    out.put(NO_QUOTED_ROLES, a -> all);
    Quotations learned = Quotations.learned();
    out.put("_learned_antecedents", a -> learned);
    for (NameSteps step : NameSteps.values()) {
      EnumSet<NameSteps> steps = EnumSet.noneOf(NameSteps.class);
      steps.addAll(NameSteps.DEFAULT);
      boolean on = steps.contains(step);
      if (on) {
        steps.remove(step);
      } else {
        steps.add(step);
      }
      Quotations variant = all.withSteps(steps);
      String name = step.name().toLowerCase(java.util.Locale.ROOT);
      out.put((on ? "_no_" : "_with_") + name, a -> variant);
    }
    return out;
  }
}
