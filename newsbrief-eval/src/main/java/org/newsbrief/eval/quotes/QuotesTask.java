package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.quote.QuoteFinder;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.Peers;

/**
 * Direct quotations on PolNeAR: a gold direct relation (content holding a quotation mark) is found
 * when a predicted quotation overlaps its content; it is attributed when that quotation's speaker
 * overlaps its source. Reports precision (predicted quotations overlapping some gold content),
 * recall and F1 of finding, {@code attribution_accuracy} (attributed / found, among relations with
 * a source) and {@code attribution_recall} (attributed / all gold direct relations with a source).
 * Adds {@code indirect_source_accuracy}: the same overlap rule for relations without quotation
 * marks, {@code speaker_accuracy} and {@code layered_*} ({@link LayeredScoring}: the inner speaker
 * of "X said, according to Y" counted right), and {@code nonquote_precision} / {@code
 * nonquote_recall} of the quotation filter (spans between marks it drops that overlap no annotated
 * content) and {@code speaker_name_accuracy} ({@link SpeakerNaming}: the speaker's resolved name
 * against the gold source's; {@code _unresolved}: the mention as found; {@code _by_surname}: the
 * previous surname grouping; {@code _learned_antecedents}: "he"/"she" resolved by the {@code
 * AntecedentRanker}, not the rule; {@code _gender_any} / {@code _gender_strong}: the rule passing
 * over names whose gender clashes; {@code --set part=names}: only these name figures; {@code
 * part=shown}: only the default's and the shown ones) and {@code shown_speaker_*}, what a briefing
 * of the article shows ({@link ShownSpeakers}; with {@code part=names} and {@code errors=true} each
 * miss is printed). Reads the {@code dev} compartment when given the PolNeAR folder (or a folder
 * holding {@code text/} and {@code attributions/} directly); one annotator file per article (the
 * lexicographically first). The rules the ranker replaced are scored in the same run as peer {@code
 * newsbrief-rules}. Plugged-in {@link QuotePeer}s are scored the same way (option {@code peers}:
 * see {@link Peers#of}). With {@code --set folds=K} the same run adds K-fold cross-validation on
 * the train compartment ({@link FoldScoring}: {@code cv_*}, each grid setting and the shipped one;
 * the rules' figures on train as the rules peer's {@code train_*}) and the shipped model's
 * in-sample train figures ({@code train_insample_*}); with {@code part=shown}, {@code --set
 * drop=a,b} leaves those ranker features out of the per-fold fits.
 */
public final class QuotesTask implements EvalTask {
  /** The shipped speaker ranker's L2 penalty and quotation filter's threshold (their manifests). */
  private static final double SHIPPED_L2 = 0.1;

  private static final double SHIPPED_THRESHOLD = 0.3;

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public String description() {
    return "PolNeAR direct quotes: finding and speaker attribution";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    Path root = Files.isDirectory(data.resolve("dev")) ? data.resolve("dev") : data;
    int limit = EvalOptions.limit(options);
    int folds = EvalOptions.atLeast(options, "folds", 2, 0);
    Map<String, Path> articles = QuoteScoring.articles(root, limit);
    String part = options.getOrDefault("part", "all");
    if (!java.util.List.of("all", "relay", "names", "shown", "golds").contains(part)) {
      throw new IllegalArgumentException("part is all, relay, names, shown or golds: " + part);
    }
    if (part.equals("golds")) {
      return new EvalReport(
          name(), data.toString(), GenderGold.diffs(articles, System.out), Map.of());
    }
    if (part.equals("relay")) {
      boolean firings = Boolean.parseBoolean(options.get("errors"));
      Map<String, Double> figures =
          LayeredScoring.score(articles, new QuoteFinder(), firings ? System.out : null);
      return new EvalReport(name(), data.toString(), figures, Map.of());
    }
    if (part.equals("names") || part.equals("shown")) {
      Map<String, Double> figures =
          part.equals("names")
              ? names(articles)
              : new TreeMap<>(SpeakerNaming.score(articles, new Quotations()::named));
      boolean shownErrors = Boolean.parseBoolean(options.get("errors"));
      if (folds > 0) {
        Path train = Files.isDirectory(data.resolve("train")) ? data.resolve("train") : data;
        figures.putAll(
            ShownFolds.shown(
                train,
                folds,
                limit,
                SHIPPED_L2,
                SHIPPED_THRESHOLD,
                RankerTraining.dropped(options),
                cvVariants(options)));
      }
      Map<String, java.util.function.Function<String, Quotations>> variants =
          ShownSpeakers.variants();
      ChosenVariants.retain(variants, cvVariants(options));
      figures.putAll(ShownSpeakers.score(articles, variants, shownErrors ? System.out : null));
      return new EvalReport(name(), data.toString(), figures, Map.of());
    }
    QuoteFinder finder = new QuoteFinder();
    boolean errors = Boolean.parseBoolean(options.get("errors"));
    Map<String, Double> system =
        QuoteScoring.score(articles, finder::find, finder::reported, errors);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    QuoteFinder rules = QuoteFinder.rules();
    system.putAll(QuoteScoring.dropped(articles, rules::find, finder::find));
    system.putAll(names(articles));
    system.putAll(LayeredScoring.score(articles, finder));
    system.putAll(ShownSpeakers.score(articles, new Quotations(), null));
    Map<String, Double> mentions = SpeakerNaming.score(articles, finder::find);
    system.put("speaker_name_accuracy_unresolved", mentions.get("speaker_name_accuracy"));
    Map<String, Double> surnames = SpeakerNaming.score(articles, Quotations.bySurname()::named);
    system.put("speaker_name_accuracy_by_surname", surnames.get("speaker_name_accuracy"));
    Map<String, Double> ruleScores = QuoteScoring.score(articles, rules::find, null, false);
    peers.put("newsbrief-rules", ruleScores);
    if (folds > 0) {
      Path train = Files.isDirectory(data.resolve("train")) ? data.resolve("train") : data;
      FoldScoring.Result cv = FoldScoring.run(train, folds, limit);
      system.putAll(FoldScoring.report(cv, SHIPPED_L2, SHIPPED_THRESHOLD));
      cv.rules().forEach((k, v) -> ruleScores.put("train_" + k, v));
      Map<String, Path> trainArticles = QuoteScoring.articles(train, limit);
      QuoteScoring.score(trainArticles, finder::find, null, false)
          .forEach((k, v) -> system.put("train_insample_" + k, v));
    }
    for (QuotePeer peer : Peers.of(QuotePeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = QuoteScoring.score(articles, peer::find, null, false);
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    return new EvalReport(name(), data.toString(), system, peers);
  }

  /** The variants named by {@code --set variants=a,b} ("default" for ""; empty: all). */
  private static java.util.Set<String> cvVariants(Map<String, String> options) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String v : options.getOrDefault("variants", "").split(",")) {
      if (!v.isBlank()) {
        out.add(v.strip().equals("default") ? "" : v.strip());
      }
    }
    return out;
  }

  /**
   * {@code speaker_name_accuracy} of the default resolution and of its pronoun variants: the
   * learned antecedent ranker, and the rule passing over names whose gender clashes ({@code
   * _gender_any}: any clash, {@code _gender_strong}: a clash above 0.5).
   */
  private static Map<String, Double> names(Map<String, Path> articles) throws IOException {
    Map<String, Double> out = new TreeMap<>(SpeakerNaming.score(articles, new Quotations()::named));
    Map<String, Quotations> variants =
        Map.of(
            "learned_antecedents", Quotations.learned(),
            "gender_any", Quotations.agreeing(0),
            "gender_strong", Quotations.agreeing(0.5));
    for (Map.Entry<String, Quotations> v : variants.entrySet()) {
      Map<String, Double> s = SpeakerNaming.score(articles, v.getValue()::named);
      out.put("speaker_name_accuracy_" + v.getKey(), s.get("speaker_name_accuracy"));
    }
    return out;
  }
}
