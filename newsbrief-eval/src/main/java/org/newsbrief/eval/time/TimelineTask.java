package org.newsbrief.eval.time;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.EvalTask;
import org.newsbrief.eval.conflict.StorySets;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.model.TimelineEvent;

/**
 * {@code newsbrief eval timeline}: the timeline a briefing shows for each story of a dev set (ECB+
 * stories folder or Multi-News JSON lines), each story's articles briefed alone from their text as
 * {@code brief} would. Reports entries per story and, given hand labels ({@code --set labels=FILE}:
 * lines {@code story<TAB>article<TAB>offset<TAB>date<TAB>event 1|0<TAB>date right 1|0}), the share
 * of shown entries that are events and the share whose date is right. {@code --set dump=FILE}
 * writes each entry as ids and offsets (story, first source, the entry's character offset in that
 * article's text, date), never text. {@code --set blind=skip|only|all}, default skip, keeps
 * BLIND.md's set-aside stories out or reads only them.
 */
public final class TimelineTask implements EvalTask {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String description() {
    return "timeline entries per story, and the share that are events with right dates against"
        + " hand labels";
  }

  @Override
  public EvalReport run(Path data, Map<String, String> options) throws IOException {
    java.util.function.Predicate<StorySets.Story> selected = StorySets.selection(options);
    int limit = EvalOptions.limit(options);
    Map<String, int[]> labels = labels(options.get("labels"));
    boolean show = Boolean.parseBoolean(options.getOrDefault("show", "false"));
    NewsBriefings newsbrief = NewsBriefings.create(BriefingOptions.defaults());
    List<String> dump = new ArrayList<>();
    int stories = 0;
    int entries = 0;
    int labelled = 0;
    int events = 0;
    int rightDates = 0;
    for (StorySets.Story story : StorySets.read(data)) {
      if (!selected.test(story)) {
        continue;
      }
      if (stories++ >= limit) {
        break;
      }
      List<RawDocument> documents = new ArrayList<>();
      for (int i = 0; i < story.texts().size(); i++) {
        documents.add(
            RawDocument.of(story.articleIds().get(i), SourceFormat.TEXT, story.texts().get(i)));
      }
      Briefing briefing = newsbrief.briefDocuments(documents, List.of());
      for (TimelineEvent e : briefing.timeline()) {
        entries++;
        String source = sourceOf(briefing, e.sources().get(0));
        int offset = offset(story, source, e.text());
        String key = story.id() + "\t" + source + "\t" + offset + "\t" + e.date();
        dump.add(key);
        if (show) {
          System.err.println(entries - 1 + "\t" + key + "\t" + e.text().replace('\n', ' '));
        }
        int[] label = labels.get(key);
        if (label != null) {
          labelled++;
          events += label[0];
          rightDates += label[1];
        }
      }
    }
    String dumpFile = options.get("dump");
    if (dumpFile != null) {
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(Path.of(dumpFile), StandardCharsets.UTF_8))) {
        dump.forEach(out::println);
      }
    }
    Map<String, Double> system = new HashMap<>();
    system.put("stories", (double) Math.min(stories, limit));
    system.put("count", (double) entries);
    if (!labels.isEmpty()) {
      system.put("count_labelled", (double) labelled);
      system.put("event_share", labelled == 0 ? 0.0 : events / (double) labelled);
      system.put("date_accuracy", labelled == 0 ? 0.0 : rightDates / (double) labelled);
    }
    return new EvalReport(name(), data.toString(), system, Map.of());
  }

  /** The source name (the story's article id) of the briefed article {@code id}. */
  private static String sourceOf(Briefing briefing, String id) {
    return briefing.articles().stream()
        .filter(a -> a.id().equals(id))
        .map(a -> a.source())
        .findFirst()
        .orElse(id);
  }

  /** Where the entry's text starts in the article, or -1 when it was rewritten. */
  private static int offset(StorySets.Story story, String article, String text) {
    int i = story.articleIds().indexOf(article);
    if (i < 0) {
      return -1;
    }
    String prefix = text.length() > 40 ? text.substring(0, 40) : text;
    return story.texts().get(i).indexOf(prefix);
  }

  private static Map<String, int[]> labels(@Nullable String file) throws IOException {
    Map<String, int[]> labels = new HashMap<>();
    for (StorySets.LabelRow row : StorySets.labelRows(file)) {
      List<String> f = row.fields();
      if (f.size() >= 6) {
        String name = String.valueOf(file);
        labels.put(
            String.join("\t", f.subList(0, 4)),
            new int[] {
              StorySets.label(name, row.number(), f.get(4)),
              StorySets.label(name, row.number(), f.get(5))
            });
      }
    }
    return labels;
  }
}
