package org.newsbrief.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.newsbrief.analyze.quote.NameGender;
import org.newsbrief.analyze.quote.NameSteps;
import org.newsbrief.eval.EvalOptions;
import org.newsbrief.eval.EvalReport;
import org.newsbrief.eval.train.ModelManifest;

/**
 * {@code newsbrief train quotes --set part=gender}: learns the {@link NameGender} table. First
 * names are the words {@link FirstNameWords} finds in cased text (CoNLL-2003 train, PolNeAR train);
 * their genders are counted in the lower-cased Multi-News train articles ({@link PronounCounts}): a
 * first name followed by a surname, then the first he/him/his or she/her/hers of that and the next
 * sentence, unless another person is named first. No attribution label is read, so the
 * shown-speaker CV on PolNeAR train stays honest. Options: {@code text} (Multi-News JSON lines,
 * gzipped), {@code conll} (CoNLL-2003 train), {@code lines} (clusters read), {@code min} (least
 * pronoun count a name needs to be written), {@code out}.
 */
final class NameGenderTraining {
  private NameGenderTraining() {}

  static EvalReport run(Path data, Map<String, String> options, Path out) throws IOException {
    long began = System.nanoTime();
    Path text =
        Path.of(
            options.getOrDefault(
                "text", data.resolve("../../summarization/multinews_train.jsonl.gz").toString()));
    Path conll =
        Path.of(
            options.getOrDefault(
                "conll", data.resolve("../../ner/conll2003/train.txt").toString()));
    int lines = EvalOptions.atLeast(options, "lines", 1, Integer.MAX_VALUE);
    int min = EvalOptions.atLeast(options, "min", 1, 10);
    Map<String, Double> report = new TreeMap<>();
    Set<String> fromConll = FirstNameWords.conll(conll);
    Set<String> fromPolnear = FirstNameWords.cased(data.resolve("train"));
    Set<String> vocabulary = new java.util.TreeSet<>(fromConll);
    vocabulary.addAll(fromPolnear);
    report.put("count_first_names_conll", (double) fromConll.size());
    report.put("count_first_names_polnear", (double) fromPolnear.size());
    report.put("count_first_names", (double) vocabulary.size());
    PronounCounts counts = new PronounCounts(vocabulary);
    int read = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(text), 1 << 16),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && read < lines; line = in.readLine()) {
        JsonNode root = json.readTree(line);
        for (JsonNode article : root.path("articles")) {
          counts.add(article.asText());
        }
        read++;
      }
    }
    Map<String, int[]> kept = new HashMap<>();
    int clear = 0;
    long links = 0;
    for (Map.Entry<String, int[]> e : counts.counts().entrySet()) {
      int[] c = e.getValue();
      links += c[0] + c[1];
      if (c[0] + c[1] >= min) {
        kept.put(e.getKey(), c);
        clear += Math.abs(new NameGender(Map.of("x", c)).of("x")) > NameSteps.NAME_CLASH ? 1 : 0;
      }
    }
    NameGender table = new NameGender(kept);
    report.put("count_clusters", (double) read);
    report.put("count_pronoun_links", (double) links);
    report.put("count_names_written", (double) table.size());
    report.put("count_names_clear", (double) clear);
    Files.createDirectories(out);
    Path model = out.resolve(NameGender.RESOURCE);
    try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      table.write(w);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    new ModelManifest(
            "quotes",
            "Multi-News train (multinews_train.jsonl.gz) articles for the pronoun counts; first-name"
                + " words from CoNLL-2003 train (PER) and PolNeAR v1.0.0 train text",
            "train",
            read,
            "newsbrief train quotes --data ../shared/data/quotes/polnear --set part=gender",
            0,
            Map.of(),
            LocalDate.now(ZoneOffset.UTC).toString(),
            seconds,
            String.format(
                "counts, not fitted: %d first-name words (%d CoNLL PER, %d PolNeAR); %d name ->"
                    + " pronoun links in %d clusters; names with >= %d links written (%d), %d"
                    + " of them clear (|male - female| / (male + female + 2) > %s). No"
                    + " attribution label read; used by the NAME_GENDER naming step",
                vocabulary.size(),
                fromConll.size(),
                fromPolnear.size(),
                links,
                read,
                min,
                table.size(),
                clear,
                NameSteps.NAME_CLASH))
        .write(out.resolve("name-gender.manifest.json"), model);
    return new EvalReport("train quotes", data.toString(), report, Map.of());
  }
}
