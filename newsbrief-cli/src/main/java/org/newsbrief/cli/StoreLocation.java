package org.newsbrief.cli;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where the article store lives: --store, else $NEWSBRIEF_STORE, else ./newsbrief-store. */
final class StoreLocation {
  static final String ENV = "NEWSBRIEF_STORE";
  static final String DEFAULT = "newsbrief-store";

  private StoreLocation() {}

  static Path resolve(@Nullable Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.get(ENV);
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv);
  }
}
