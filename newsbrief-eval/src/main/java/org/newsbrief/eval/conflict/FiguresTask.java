package org.newsbrief.eval.conflict;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.conflict.Conflicts;
import org.newsbrief.conflict.FigureConflicts;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.model.AnalyzedArticle;
import org.newsbrief.model.Article;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

/**
 * {@code newsbrief eval figures}: the figure conflicts a briefing shows on each story of a dev set
 * (ECB+ stories folder or Multi-News JSON lines). Reports how many stories show one and, given hand
 * labels ({@code --set labels=FILE}: lines {@code story<TAB>quantity<TAB>1|0}, 1 = a real
 * disagreement), the precision among those shown. {@code --set dump=FILE} writes each shown
 * conflict for labelling as ids (story, quantity, value, article, sentence index), never text.
 * {@code --set kind=claim} does the same for disputed claims (labels keyed by story and the denying
 * side's article and sentence offset, {@code article@offset}); {@code --set show=true} prints each
 * side's text on standard error for a person to read. {@code --set blind=skip|only|all} (default
 * skip) keeps BLIND.md's set-aside stories out, or reads only them at the end. {@code --set
 * kind=gate} cross-validates a learned claim gate by story ({@link ClaimGateStudy}).
 */
public final class FiguresTask implements EvalTask {
  @Override
  public String name() {
    return "figures";
  }

  @Override
  public String description() {
    return "figure conflicts shown per story (deaths, injuries, magnitudes, counts): counts, and"
        + " precision against hand labels";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    java.util.function.Predicate<StorySets.Story> selected = StorySets.selection(options);
    Map<String, Integer> labels = ConflictLabels.read(options.get("labels"));
    Analyzer analyzer = new Analyzer();
    String kind = options.getOrDefault("kind", "figure");
    if (!List.of("figure", "claim", "candidates", "gate").contains(kind)) {
      throw new IllegalArgumentException("kind is figure, claim, candidates or gate: " + kind);
    }
    if (kind.equals("candidates")) {
      return ClaimCandidates.list(data, options, name());
    }
    if (kind.equals("gate")) {
      return ClaimGateStudy.run(data, options, name());
    }
    FigureConflicts figures = new FigureConflicts();
    Conflicts claims = new Conflicts();
    boolean show = Boolean.parseBoolean(options.getOrDefault("show", "false"));
    List<String> dump = new ArrayList<>();
    int stories = 0;
    int showing = 0;
    int shown = 0;
    int labelled = 0;
    int real = 0;
    for (StorySets.Story story : StorySets.read(data)) {
      if (!selected.test(story)) {
        continue;
      }
      stories++;
      List<AnalyzedArticle> analyzed = analyze(story, analyzer);
      List<Conflict> found = kind.equals("figure") ? figures.of(analyzed) : claims.of(analyzed);
      showing += found.isEmpty() ? 0 : 1;
      for (Conflict c : found) {
        shown++;
        String topic =
            kind.equals("figure") ? String.valueOf(c.quantity()) : ConflictLabels.denial(story, c);
        Integer label = labels.get(story.id() + "\t" + topic);
        if (label == null && kind.equals("claim")) {
          label = ConflictLabels.pairLabel(story, c, labels);
        }
        if (label != null) {
          labelled++;
          real += label;
        }
        for (ConflictSide side : c.sides()) {
          for (String article : side.sources()) {
            dump.add(story.id() + "\t" + topic + "\t" + side.value() + "\t" + article);
            if (show) {
              System.err.println(
                  story.id()
                      + "\t"
                      + topic
                      + "\t"
                      + side.stance()
                      + "\t"
                      + article
                      + "\t"
                      + side.text());
            }
          }
        }
      }
    }
    if (options.containsKey("dump")) {
      try (PrintWriter out =
          new PrintWriter(
              Files.newBufferedWriter(Path.of(options.get("dump")), StandardCharsets.UTF_8))) {
        dump.forEach(out::println);
      }
    }
    Map<String, Double> system = new HashMap<>();
    system.put("stories", (double) stories);
    system.put("count", (double) shown);
    system.put("stories_showing", stories == 0 ? 0.0 : showing / (double) stories);
    if (!labels.isEmpty()) {
      system.put("count_labelled", (double) labelled);
      system.put("precision", labelled == 0 ? 0.0 : real / (double) labelled);
    }
    return new EvalReport(name(), data.toString(), system, Map.of());
  }

  /** Each of the story's texts cleaned into paragraphs and analysed, as a briefing would. */
  static List<AnalyzedArticle> analyze(StorySets.Story story, Analyzer analyzer) {
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (int i = 0; i < story.texts().size(); i++) {
      List<String> paragraphs = new ArrayList<>();
      for (String p : story.texts().get(i).split("\\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p.strip());
        }
      }
      if (!paragraphs.isEmpty()) {
        String id = story.articleIds().get(i);
        analyzed.add(analyzer.analyze(new Article(id, id, id, null, null, paragraphs)));
      }
    }
    return analyzed;
  }
}
