package org.newsbrief.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store whose files exist but cannot be read back: a disk error or a file changed by something
 * other than newsbrief. The message names the folder, says it is damaged, and gives the command
 * that checks it (and, with {@code -exorcise}, repairs it by dropping the damaged parts); the
 * underlying error stays available as the cause, for logs, not for users.
 */
public final class DamagedStoreException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The store in {@code folder} could not be read because of {@code cause}. */
  public DamagedStoreException(Path folder, Throwable cause) {
    super(message(folder), cause);
  }

  /** The message for {@code folder}. */
  static String message(Path folder) {
    return "the store at "
        + folder
        + " is damaged (an index file cannot be read); check it with: java -cp"
        + " newsbrief-cli/target/newsbrief.jar org.apache.lucene.index.CheckIndex "
        + folder
        + " (add -exorcise to repair it by dropping the damaged segments and the articles in"
        + " them)";
  }
}
