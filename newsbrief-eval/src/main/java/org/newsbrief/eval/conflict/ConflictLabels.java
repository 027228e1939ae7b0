package org.newsbrief.eval.conflict;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;

/**
 * The hand labels {@code eval figures} reads, and the keys that tie a shown conflict to them: ids
 * and character offsets into the data's own texts, never text.
 */
final class ConflictLabels {
  private ConflictLabels() {}

  /**
   * A disputed claim's key for labels, as ids and an offset (never its text): the denying side's
   * article and where its sentence starts in that article's text (-1 when rewritten).
   */
  static String denial(StorySets.Story story, Conflict c) {
    ConflictSide side =
        c.sides().stream()
            .filter(s -> s.stance().equals("denies"))
            .findFirst()
            .orElse(c.sides().get(0));
    String article = side.sources().get(0);
    int i = story.articleIds().indexOf(article);
    String prefix = side.text().length() > 40 ? side.text().substring(0, 40) : side.text();
    return article + "@" + (i < 0 ? -1 : story.texts().get(i).indexOf(prefix));
  }

  /**
   * A shown claim conflict's label from pair labels (story, denying and affirming sentence as
   * article@offset): real when some shown denying side and affirming side are labelled a real
   * disagreement, not real when all labelled pairs are not, {@code null} when none is labelled.
   */
  static @Nullable Integer pairLabel(
      StorySets.Story story, Conflict c, Map<String, Integer> labels) {
    Integer label = null;
    for (ConflictSide denies : c.sides()) {
      for (ConflictSide affirms : c.sides()) {
        if (!denies.stance().equals("denies") || !affirms.stance().equals("affirms")) {
          continue;
        }
        Integer pair =
            labels.get(
                story.id()
                    + "\t"
                    + ClaimCandidates.at(story, denies.sources().get(0), denies.text())
                    + "\t"
                    + ClaimCandidates.at(story, affirms.sources().get(0), affirms.text()));
        if (pair != null) {
          label = label == null ? pair : Math.max(label, pair);
        }
      }
    }
    return label;
  }

  /**
   * Hand labels of {@code file} (none when it is {@code null}): pair labels keyed by story, denying
   * and affirming article@offset; other labels by story and topic (quantity or denial key).
   */
  static Map<String, Integer> read(@Nullable String file) throws IOException {
    Map<String, Integer> labels = new HashMap<>();
    for (StorySets.LabelRow row : StorySets.labelRows(file)) {
      List<String> f = row.fields();
      if (f.size() >= 4 && f.get(1).contains("@") && f.get(2).contains("@")) {
        labels.put(
            f.get(0) + "\t" + f.get(1) + "\t" + f.get(2),
            StorySets.label(String.valueOf(file), row.number(), f.get(3)));
      } else if (f.size() >= 3) {
        labels.put(
            f.get(0) + "\t" + f.get(1),
            StorySets.label(String.valueOf(file), row.number(), f.get(2)));
      }
    }
    return labels;
  }
}
