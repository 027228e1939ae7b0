// Fills an article store for the serve benchmark (not part of the build; run with `java FillStore.java`
// on the CLI's runtime classpath, see serve-load.sh).
//   FillStore STORE PATH...                 add files and folders (any format newsbrief reads)
//   FillStore STORE --synth N FILE.jsonl... add N articles synthesised from Multi-News clusters
// A synthetic article is the lead (about 120 words) of a real article with an outlet, a date and a closing line of its own, so
// that its stable id differs; copies of one article land in the same story.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.ingest.FileIngester;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;
import org.newsbrief.store.AddResult;
import org.newsbrief.store.ArticleStore;

public class FillStore {
  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    List<RawDocument> docs =
        args.length > 2 && args[1].equals("--synth")
            ? synthesise(Integer.parseInt(args[2]), List.of(args).subList(3, args.length))
            : new FileIngester().ingest(List.of(args).subList(1, args.length).stream().map(Path::of).toList()).documents();
    long start = System.nanoTime();
    int added = 0;
    try (ArticleStore s = ArticleStore.open(store)) {
      for (int i = 0; i < docs.size(); i += 500) {
        AddResult r = s.add(docs.subList(i, Math.min(docs.size(), i + 500)));
        added += r.added().size();
        System.err.printf("%d/%d stored, %.0f s%n", Math.min(docs.size(), i + 500), docs.size(), (System.nanoTime() - start) / 1e9);
      }
      System.err.printf("added %d, store holds %d articles in %d stories, %.0f s%n", added, s.size(), s.stories().size(), (System.nanoTime() - start) / 1e9);
    }
  }

  /** The article's opening sentences, about {@code words} words: keeps a 10,000-article fill short. */
  static String lead(String text, int words) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (String sentence : text.split("(?<=[.!?][\"”’]?)\\s+")) {
      out.append(out.length() == 0 ? "" : " ").append(sentence);
      count += sentence.split("\\s+").length;
      if (count >= words) {
        break;
      }
    }
    return out.toString();
  }

  static List<RawDocument> synthesise(int n, List<String> files) throws Exception {
    List<String> real = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String f : files) {
      for (String line : Files.readAllLines(Path.of(f))) {
        JsonNode cluster = mapper.readTree(line);
        cluster.get("articles").forEach(a -> { if (a.asText().split("\\s+").length > 60) real.add(a.asText()); });
      }
    }
    List<RawDocument> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = lead(real.get(i % real.size()), 120);
      int copy = i / real.size();
      String outlet = "Wire " + (char) ('A' + (i * 7 + copy) % 26);
      LocalDate day = LocalDate.of(2014, 1, 1).plusDays((i * 37L + copy * 3L) % 900);
      String body = text + "\n\n(" + outlet + " edition " + copy + ", filed " + day + ".)";
      docs.add(new RawDocument("synth-" + i, SourceFormat.TEXT, body, "https://example.org/synth/" + i, null, outlet, day));
    }
    return docs;
  }
}
