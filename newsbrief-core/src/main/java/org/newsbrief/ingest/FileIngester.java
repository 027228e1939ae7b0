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
 * Reads files and folders of articles. Folders are walked recursively in sorted order; files with
 * an extension newsbrief does not read are skipped inside folders and reported when named directly.
 */
public final class FileIngester {
  /** Default cap on the size of one input file. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

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
        problems.add(
            new Problem(input.toString(), "unsupported file type (expected .txt, .html or .htm)"));
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
    SourceFormat format = formatOf(file);
    if (format == null) {
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
      String text = FileDecoder.decode(Files.readAllBytes(file));
      documents.add(RawDocument.of(file.toString(), format, text));
    } catch (IOException e) {
      problems.add(new Problem(file.toString(), "cannot read file: " + describe(e)));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file.toString(), String.valueOf(e.getMessage())));
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    if (type.equals("AccessDeniedException")) {
      return "permission denied";
    }
    return e.getMessage() == null ? type : e.getMessage();
  }

  private static @org.jspecify.annotations.Nullable SourceFormat formatOf(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return SourceFormat.TEXT;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return SourceFormat.HTML;
    }
    return null;
  }
}
