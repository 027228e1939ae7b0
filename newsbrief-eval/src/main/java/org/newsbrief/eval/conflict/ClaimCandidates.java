package org.newsbrief.eval.conflict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.analyze.Analyzer;
import org.newsbrief.conflict.ClaimPair;
import org.newsbrief.conflict.Conflicts;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.model.AnalyzedArticle;

/**
 * The candidate disputed claims of each selected story ({@code eval figures --set
 * kind=candidates}), keyed as ids and offsets ({@link #key}); {@code --set show=true} prints each
 * with both sentences to standard error, for hand labelling; {@code --set features=FILE} writes
 * each key with the rule's verdict and the pair's features, for fitting the claim gate. Reports how
 * many there are.
 */
final class ClaimCandidates {
  private ClaimCandidates() {}

  /** One story's candidates, each with its key. */
  record Keyed(String key, ClaimPair pair) {}

  static EvalReport list(Path data, Map<String, String> options, String task) throws IOException {
    boolean show = Boolean.parseBoolean(options.getOrDefault("show", "false"));
    int stories = 0;
    int count = 0;
    int today = 0;
    StringBuilder dump = new StringBuilder("# story\tdenies\taffirms\trule\t");
    dump.append(String.join("\t", ClaimPair.featureNames())).append('\n');
    for (StorySets.Story story : StorySets.read(data)) {
      if (!StorySets.selection(options).test(story)) {
        continue;
      }
      stories++;
      for (Keyed k : of(story, new Analyzer())) {
        count++;
        today += k.pair().conflicting() ? 1 : 0;
        dump.append(k.key()).append('\t').append(k.pair().conflicting() ? 1 : 0);
        k.pair().features().forEach(f -> dump.append('\t').append(f));
        dump.append('\n');
        if (show) {
          System.err.println(
              k.key()
                  + "\n  AFFIRMS: "
                  + k.pair().affirms()
                  + "\n  DENIES:  "
                  + k.pair().denies()
                  + "\n  rule="
                  + (k.pair().conflicting() ? 1 : 0));
        }
      }
    }
    String features = options.get("features");
    if (features != null) {
      Files.writeString(Path.of(features), dump);
    }
    Map<String, Double> system = new HashMap<>();
    system.put("stories", (double) stories);
    system.put("count", (double) count);
    system.put("count_conflicting", (double) today);
    return new EvalReport(task, data.toString(), system, Map.of());
  }

  /** The candidates of one story, keyed by story, denying and affirming article@offset. */
  static List<Keyed> of(StorySets.Story story, Analyzer analyzer) {
    List<AnalyzedArticle> analyzed = FiguresTask.analyze(story, analyzer);
    List<Keyed> keyed = new ArrayList<>();
    for (ClaimPair p : new Conflicts().candidates(analyzed)) {
      String key =
          story.id()
              + "\t"
              + at(story, p.deniesArticle(), p.denies())
              + "\t"
              + at(story, p.affirmsArticle(), p.affirms());
      keyed.add(new Keyed(key, p));
    }
    return keyed;
  }

  /** "article@offset" of a sentence in the story's text (-1 when rewritten). */
  static String at(StorySets.Story story, String article, String sentence) {
    int i = story.articleIds().indexOf(article);
    String prefix = sentence.length() > 40 ? sentence.substring(0, 40) : sentence;
    return article + "@" + (i < 0 ? -1 : story.texts().get(i).indexOf(prefix));
  }
}
