package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsbrief.model.Problem;
import org.newsbrief.model.RawDocument;
import org.newsbrief.model.SourceFormat;

/**
 * Reads files and folders of articles: plain text (.txt), HTML (.html, .htm), JSON lines (.jsonl,
 * one article a line) and RSS or Atom feeds (.rss, .atom, .xml). Folders are walked recursively in
 * sorted order; files with an extension newsbrief does not read are skipped inside folders and
 * reported when named directly. A bad line of a JSONL file is reported by line; the others are
 * kept.
 */
public final class FileIngester {
  /** Default cap on the size of one input file. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final String UNSUPPORTED =
      "unsupported file type (expected .txt, .html, .htm, .jsonl, .rss, .atom or .xml)";

  private final long maxBytes;

  /** An ingester with the default size cap. */
  public FileIngester() {
    this(DEFAULT_MAX_BYTES);
  }

  /** An ingester refusing files larger than {@code maxBytes}. */
  public FileIngester(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads every readable document under {@code inputs}. */
  public IngestResult ingest(List<Path> inputs) {
    List<RawDocument> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        for (Path file : listFolder(input, problems)) {
          read(file, documents, problems);
        }
      } else if (!Files.exists(input)) {
        problems.add(new Problem(input.toString(), "no such file or folder"));
      } else if (formatOf(input) == null) {
        problems.add(new Problem(input.toString(), UNSUPPORTED));
      } else {
        read(input, documents, problems);
      }
    }
    return new IngestResult(documents, problems);
  }

  private static List<Path> listFolder(Path folder, List<Problem> problems) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(p -> formatOf(p) != null).sorted().toList();
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(folder.toString(), "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private void read(Path file, List<RawDocument> documents, List<Problem> problems) {
    InputKind kind = formatOf(file);
    if (kind == null) {
      return;
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.add(
            new Problem(
                file.toString(), "file is " + size + " bytes, over the cap of " + maxBytes));
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      switch (kind) {
        case TEXT, HTML ->
            documents.add(
                RawDocument.of(file.toString(), kind.format(), FileDecoder.decode(bytes)));
        case JSONL -> readLines(file, FileDecoder.decode(bytes), documents, problems);
        case FEED -> {
          FileDecoder.decode(bytes);
          List<RawDocument> entries = FeedEntries.read(file.toString(), bytes);
          if (entries.isEmpty()) {
            problems.add(new Problem(file.toString(), "feed has no entries with content"));
          }
          documents.addAll(entries);
        }
      }
    } catch (IOException e) {
      problems.add(new Problem(file.toString(), "cannot read file: " + describe(e)));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file.toString(), String.valueOf(e.getMessage())));
    }
  }

  private static void readLines(
      Path file, String text, List<RawDocument> documents, List<Problem> problems) {
    String[] lines = text.split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String source = file + ":" + (i + 1);
      try {
        documents.add(JsonlRecords.parse(source, lines[i]));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(source, String.valueOf(e.getMessage())));
      }
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    return e.getMessage() == null ? type : e.getMessage();
  }

  /** The kinds of file newsbrief reads. */
  private enum InputKind {
    TEXT,
    HTML,
    JSONL,
    FEED;

    SourceFormat format() {
      return this == TEXT ? SourceFormat.TEXT : SourceFormat.HTML;
    }
  }

  private static @org.jspecify.annotations.Nullable InputKind formatOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return InputKind.TEXT;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return InputKind.HTML;
    }
    if (lower.endsWith(".jsonl")) {
      return InputKind.JSONL;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
      return InputKind.FEED;
    }
    return null;
  }
}
