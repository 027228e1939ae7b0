import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.newsbrief.ingest.*;

/** Reads every feedparser conformance feed with newsbrief's ingester and tallies the outcomes. */
public class FeedConformance {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) { files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList(); }
    Map<String, Integer> tally = new TreeMap<>();
    Map<String, String> example = new TreeMap<>();
    int ok = 0;
    StringBuilder detail = new StringBuilder();
    for (Path f : files) {
      IngestReport.Input r = new Ingester().ingest(List.of(f.toString())).report().inputs().get(0);
      String rel = root.relativize(f).toString();
      String folder = rel.substring(0, rel.indexOf('/'));
      String key;
      if (r.documents() > 0) { ok++; key = folder + "\tread (" + r.status().label() + ")"; }
      else { key = folder + "\t" + String.valueOf(r.error()).replaceAll("line \\d+.*", "line N...").replaceAll("\"[^\"]*\"", "\"X\"").replaceAll(": [^:]*$", ": ..."); }
      tally.merge(key, 1, Integer::sum);
      example.putIfAbsent(key, rel);
      detail.append(rel).append('\t').append(r.documents()).append('\t').append(r.error()).append('\n');
    }
    System.out.println(files.size() + " feeds, " + ok + " gave at least one document");
    tally.forEach((k, v) -> System.out.println(v + "\t" + k + "\t(e.g. " + example.get(k) + ")"));
    Files.writeString(Path.of(args[1]), detail);
  }
}
