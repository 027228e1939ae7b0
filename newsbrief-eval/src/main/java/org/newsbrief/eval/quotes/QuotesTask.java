package org.newsbrief.eval.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newsbrief.analyze.quote.Quotations;
import org.newsbrief.analyze.quote.QuoteFinder;
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
 * marks, and {@code nonquote_precision} / {@code nonquote_recall} of the quotation filter (spans
 * between marks it drops that overlap no annotated content) and {@code speaker_name_accuracy}
 * ({@link SpeakerNaming}: the speaker's resolved name against the gold source's; {@code
 * _unresolved}: the mention as found; {@code _by_surname}: the previous surname grouping; {@code
 * _learned_antecedents}: "he"/"she" resolved by the {@code AntecedentRanker}, not the rule). Reads
 * the {@code dev} compartment when given the PolNeAR folder (or a folder holding {@code text/} and
 * {@code attributions/} directly); one annotator file per article (the lexicographically first).
 * The rules the ranker replaced are scored in the same run as peer {@code newsbrief-rules}.
 * Plugged-in {@link QuotePeer}s are scored the same way (option {@code peers}: see {@link
 * Peers#of}).
 */
public final class QuotesTask implements EvalTask {
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
    int limit = Integer.parseInt(options.getOrDefault("limit", String.valueOf(Integer.MAX_VALUE)));
    Map<String, Path> articles = QuoteScoring.articles(root, limit);
    QuoteFinder finder = new QuoteFinder();
    boolean errors = Boolean.parseBoolean(options.get("errors"));
    Map<String, Double> system =
        QuoteScoring.score(articles, finder::find, finder::reported, errors);
    Map<String, Map<String, Double>> peers = new TreeMap<>();
    QuoteFinder rules = QuoteFinder.rules();
    system.putAll(QuoteScoring.dropped(articles, rules::find, finder::find));
    system.putAll(SpeakerNaming.score(articles, new Quotations()::named));
    Map<String, Double> mentions = SpeakerNaming.score(articles, finder::find);
    system.put("speaker_name_accuracy_unresolved", mentions.get("speaker_name_accuracy"));
    Map<String, Double> surnames = SpeakerNaming.score(articles, Quotations.bySurname()::named);
    system.put("speaker_name_accuracy_by_surname", surnames.get("speaker_name_accuracy"));
    Map<String, Double> learned = SpeakerNaming.score(articles, Quotations.learned()::named);
    system.put("speaker_name_accuracy_learned_antecedents", learned.get("speaker_name_accuracy"));
    peers.put("newsbrief-rules", QuoteScoring.score(articles, rules::find, null, false));
    for (QuotePeer peer : Peers.of(QuotePeer.class, options)) {
      double loadSeconds = Peers.load(peer);
      Map<String, Double> metrics = QuoteScoring.score(articles, peer::find, null, false);
      metrics.put("load_s", loadSeconds);
      peers.put(peer.name(), metrics);
    }
    return new EvalReport(name(), data.toString(), system, peers);
  }
}
