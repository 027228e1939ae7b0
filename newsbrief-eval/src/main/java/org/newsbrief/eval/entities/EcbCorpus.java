package org.newsbrief.eval.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsbrief.eval.entities.EcbDocument.GoldMention;

/**
 * The ECB+ documents grouped by topic, with the gold entity mentions to score: by default only
 * those in the manually reviewed sentences that {@code ECBplus_coreference_sentences.csv} lists,
 * the standard setting.
 *
 * @param topics the topics in number order
 */
record EcbCorpus(List<EcbCorpus.Topic> topics) {
  private static final String REVIEWED = "ECBplus_coreference_sentences.csv";
  private static final Set<String> NOT_NAMES =
      Set.of("He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "The");

  /**
   * One topic.
   *
   * @param documents its documents, by name
   * @param mentions the gold mentions to score, document by document
   * @param tokens how many tokens its documents hold
   */
  record Topic(List<EntityDocument> documents, List<GoldMention> mentions, long tokens) {}

  int documents() {
    return topics.stream().mapToInt(t -> t.documents().size()).sum();
  }

  /** Whether a gold mention is written as a name: capitalised words, not a pronoun. */
  static boolean isName(String text) {
    return text.matches("\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?: \\p{Lu}[\\p{L}\\p{N}.'’&-]*)*")
        && !NOT_NAMES.contains(text.split(" ")[0]);
  }

  /**
   * Reads the ECB+ release folder (or its {@code ECB+} folder, or the folder holding it), keeping
   * the first {@code limit} topics.
   */
  static EcbCorpus read(Path data, int limit, boolean reviewedOnly) throws IOException {
    Path root = data;
    for (Path candidate : List.of(data.resolve("ecbplus"), data)) {
      if (Files.isDirectory(candidate.resolve("ECB+"))) {
        root = candidate;
      }
    }
    Path documents = Files.isDirectory(root.resolve("ECB+")) ? root.resolve("ECB+") : root;
    Set<String> reviewed = reviewedOnly ? reviewed(root, documents) : Set.of();
    TreeMap<Integer, List<Path>> byTopic = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(documents)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.matches("\\d+_\\d+ecb(plus)?\\.xml")) {
          int topic = Integer.parseInt(name.substring(0, name.indexOf('_')));
          byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(file);
        }
      }
    }
    if (byTopic.isEmpty()) {
      throw new IOException(data + ": no ECB+ documents (<topic>_<n>ecb[plus].xml)");
    }
    List<Topic> topics = new ArrayList<>();
    for (List<Path> files : byTopic.values()) {
      if (topics.size() >= limit) {
        break;
      }
      List<EntityDocument> docs = new ArrayList<>();
      List<GoldMention> mentions = new ArrayList<>();
      long tokens = 0;
      for (Path file : files) {
        EcbDocument doc = EcbDocument.read(file);
        docs.add(doc.document());
        tokens += doc.document().sentences().stream().mapToInt(List::size).sum();
        for (GoldMention m : doc.mentions()) {
          if (!reviewedOnly || reviewed.contains(key(m.span().document(), m.span().sentence()))) {
            mentions.add(m);
          }
        }
      }
      topics.add(new Topic(docs, mentions, tokens));
    }
    return new EcbCorpus(List.copyOf(topics));
  }

  private static Set<String> reviewed(Path root, Path documents) throws IOException {
    Path csv = root.resolve(REVIEWED);
    if (!Files.exists(csv) && documents.getParent() != null) {
      csv = documents.getParent().resolve(REVIEWED);
    }
    if (!Files.exists(csv)) {
      throw new IOException(
          root + ": no " + REVIEWED + " (use --set sentences=all to score every sentence)");
    }
    Set<String> keys = new HashSet<>();
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      String[] cols = line.strip().split(",");
      if (cols.length == 3 && cols[2].matches("\\d+")) {
        keys.add(key(cols[0] + "_" + cols[1], Integer.parseInt(cols[2])));
      }
    }
    return keys;
  }

  private static String key(String document, int sentence) {
    return document + "#" + sentence;
  }
}
