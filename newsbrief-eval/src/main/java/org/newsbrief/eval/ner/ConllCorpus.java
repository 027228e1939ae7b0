package org.newsbrief.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsbrief.analyze.entity.NerSpan;

/**
 * A CoNLL-2003 file read as documents of sentences: the first column is the word, the last the IOB
 * tag; the columns between (POS, chunk) are ignored. A line whose first token is {@code -DOCSTART-}
 * starts a document; blank lines end sentences. Chunks are read by conlleval's rules (IOB1 or IOB2:
 * an I- tag after O or another type starts a chunk).
 */
public record ConllCorpus(List<Document> documents) {
  /** One sentence: its words and its gold names. */
  public record Sentence(List<String> words, List<NerSpan> names) {
    public Sentence {
      words = List.copyOf(words);
      names = List.copyOf(names);
    }
  }

  /** One article. */
  public record Document(List<Sentence> sentences) {
    public Document {
      sentences = List.copyOf(sentences);
    }

    /** The words of each sentence. */
    public List<List<String>> words() {
      return sentences.stream().map(Sentence::words).toList();
    }

    /** The same article in lower case. */
    public Document lowerCased() {
      return new Document(
          sentences.stream()
              .map(
                  s ->
                      new Sentence(
                          s.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                          s.names()))
              .toList());
    }
  }

  public ConllCorpus {
    documents = List.copyOf(documents);
  }

  /**
   * Reads {@code path}: a CoNLL file, or a folder whose {@code dev.txt} is read.
   *
   * @throws IOException when the file cannot be read or a line has no tag
   */
  public static ConllCorpus read(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("dev.txt") : path;
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Parses the lines of a CoNLL file ({@code name} names it in errors). */
  public static ConllCorpus parse(List<String> lines, String name) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      String[] cols = line.strip().split("\\s+");
      if (line.isBlank() || cols[0].equals("-DOCSTART-")) {
        flush(words, tags, sentences);
        if (!line.isBlank() && !sentences.isEmpty()) {
          docs.add(new Document(sentences));
          sentences = new ArrayList<>();
        }
        continue;
      }
      if (cols.length < 2) {
        throw new IOException(name + ":" + number + ": no tag column: " + line);
      }
      words.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    flush(words, tags, sentences);
    if (!sentences.isEmpty()) {
      docs.add(new Document(sentences));
    }
    return new ConllCorpus(docs);
  }

  private static void flush(List<String> words, List<String> tags, List<Sentence> into) {
    if (!words.isEmpty()) {
      into.add(new Sentence(words, chunks(tags)));
      words.clear();
      tags.clear();
    }
  }

  /** The chunks of an IOB1/IOB2 tag sequence, by conlleval's rules. */
  public static List<NerSpan> chunks(List<String> tags) {
    List<NerSpan> out = new ArrayList<>();
    int start = -1;
    String type = "";
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      char prefix = tag.equals("O") ? 'O' : tag.charAt(0);
      String t = tag.length() > 2 ? tag.substring(2) : "";
      boolean startsNew = prefix == 'B' || prefix == 'S' || (prefix != 'O' && !t.equals(type));
      boolean ends = prefix == 'O' || startsNew;
      if (start >= 0 && ends) {
        out.add(new NerSpan(start, i, type));
        start = -1;
        type = "";
      }
      if (prefix != 'O' && start < 0) {
        start = i;
        type = t;
      }
    }
    return out;
  }
}
