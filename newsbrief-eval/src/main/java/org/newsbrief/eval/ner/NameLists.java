package org.newsbrief.eval.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsbrief.analyze.entity.NerGazetteer;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.analyze.entity.NerTags;

/**
 * Name lists ({@link NerGazetteer}) learned from training documents: every gold name of up to
 * {@link NerGazetteer#LONGEST} words, lower-cased, with the types it was given. For training, each
 * document sees the list of the other folds only (jackknife), so the tagger learns how far a listed
 * name can be trusted on names it has not seen, as at run time.
 */
final class NameLists {
  private NameLists() {}

  /** The names of {@code docs}, hash to type bits. */
  static Map<Long, Integer> of(List<ConllCorpus.Document> docs) {
    Map<Long, Integer> out = new HashMap<>();
    for (ConllCorpus.Document d : docs) {
      for (ConllCorpus.Sentence s : d.sentences()) {
        String[] lower =
            s.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        for (NerSpan n : s.names()) {
          if (n.end() - n.start() <= NerGazetteer.LONGEST) {
            out.merge(
                NerGazetteer.key(lower, n.start(), n.end()),
                1 << NerTags.TYPES.indexOf(n.type()),
                (a, b) -> a | b);
          }
        }
      }
    }
    return out;
  }

  /** For each of {@code folds} folds (document k in fold k % folds), the list of the others. */
  static List<NerGazetteer> jackknife(List<ConllCorpus.Document> docs, int folds) {
    List<NerGazetteer> out = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<ConllCorpus.Document> rest = new ArrayList<>();
      for (int k = 0; k < docs.size(); k++) {
        if (k % folds != f) {
          rest.add(docs.get(k));
        }
      }
      out.add(NerGazetteer.of(of(rest)));
    }
    return out;
  }
}
