package org.newsbrief.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
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

  /** The resource with the external lists, one {@code TYPE<TAB>name} a line, gzipped. */
  static final String EXTERNAL = "ner-gazetteer.tsv.gz";

  /** The external lists: the bundled ones by default, none for "none", else the given file. */
  static Map<Long, Integer> external(String option) throws IOException {
    if (option.equals("none")) {
      return Map.of();
    }
    try (InputStream in =
        option.isEmpty()
            ? NameLists.class.getResourceAsStream(EXTERNAL)
            : Files.newInputStream(Path.of(option))) {
      if (in == null) {
        throw new IOException("missing resource " + EXTERNAL);
      }
      return external(in);
    }
  }

  /**
   * The names of an external list ({@code TYPE<TAB>name} lines, gzipped), hash to type bits 4-7;
   * lines of other types are skipped.
   *
   * @throws IOException when the list cannot be read
   */
  static Map<Long, Integer> external(InputStream raw) throws IOException {
    Map<Long, Integer> out = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int tab = line.indexOf('\t');
        int type = tab < 0 ? -1 : NerTags.TYPES.indexOf(line.substring(0, tab));
        String[] words = line.substring(tab + 1).toLowerCase(Locale.ROOT).trim().split(" +");
        if (type >= 0 && !words[0].isEmpty() && words.length <= NerGazetteer.LONGEST) {
          out.merge(NerGazetteer.key(words, 0, words.length), 1 << (4 + type), (a, b) -> a | b);
        }
      }
    }
    return out;
  }

  /** {@code lists} and {@code more} in one map, type bits or-ed. */
  static Map<Long, Integer> merge(Map<Long, Integer> lists, Map<Long, Integer> more) {
    Map<Long, Integer> out = new HashMap<>(lists);
    more.forEach((k, v) -> out.merge(k, v, (a, b) -> a | b));
    return out;
  }

  /** For each of {@code folds} folds (document k in fold k % folds), the list of the others. */
  static List<NerGazetteer> jackknife(List<ConllCorpus.Document> docs, int folds) {
    return jackknife(docs, folds, Map.of());
  }

  /** As {@link #jackknife(List, int)}, each fold's list with {@code external} added. */
  static List<NerGazetteer> jackknife(
      List<ConllCorpus.Document> docs, int folds, Map<Long, Integer> external) {
    List<NerGazetteer> out = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<ConllCorpus.Document> rest = new ArrayList<>();
      for (int k = 0; k < docs.size(); k++) {
        if (k % folds != f) {
          rest.add(docs.get(k));
        }
      }
      out.add(NerGazetteer.of(merge(of(rest), external)));
    }
    return out;
  }
}
