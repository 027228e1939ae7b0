package org.newsbrief.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Names what a path is when it is neither a regular file nor a folder: a named pipe, a device or a
 * socket. Opening one of those could block forever (a pipe with no writer) or never end (a device),
 * so ingest refuses them by name before reading.
 */
final class FileType {
  private static final int TYPE_MASK = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileType() {}

  /**
   * Why {@code path} (which exists) cannot be read as a file, or null when it is a regular file
   * (symbolic links followed).
   */
  static @Nullable String refusal(Path path) {
    if (Files.isRegularFile(path)) {
      return null;
    }
    return "not a regular file (" + kind(path) + "); give a file or a folder";
  }

  private static String kind(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode");
      if (mode instanceof Integer bits) {
        return switch (bits & TYPE_MASK) {
          case FIFO -> "a named pipe";
          case CHARACTER_DEVICE -> "a character device";
          case BLOCK_DEVICE -> "a block device";
          case SOCKET -> "a socket";
          default -> "a special file";
        };
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // no unix attributes here: fall through to the general name
    }
    return "a special file";
  }
}
