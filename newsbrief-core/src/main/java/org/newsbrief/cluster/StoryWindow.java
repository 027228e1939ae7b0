package org.newsbrief.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Story;

/**
 * The open stories of a {@link StoryClusterer} and the window that bounds them: at most {@link
 * StoryOptions#activeStories()} open (the least recently updated closes first), and a story with no
 * article for {@link StoryOptions#windowDays()} days before the latest publication date seen
 * closes. Closed stories leave the index and wait to be taken. Not thread-safe.
 */
final class StoryWindow {
  /** How many stories past the oldest may be looked at for expiry per article. */
  private static final int EXPIRY_SCAN = 64;

  private final StoryOptions options;
  private final StoryIndex index;

  /** The open stories by id, least recently updated first. */
  final LinkedHashMap<String, ActiveStory> open = new LinkedHashMap<>(16, 0.75f, true);

  private final List<Story> closed = new ArrayList<>();
  private @Nullable LocalDate clock;

  StoryWindow(StoryOptions options, StoryIndex index) {
    this.options = options;
    this.index = index;
  }

  /** Moves the clock to {@code published} when it is later, closing the stories that expire. */
  void advance(@Nullable LocalDate published) {
    if (published != null && (clock == null || published.isAfter(clock))) {
      clock = published;
      expire();
    }
  }

  /** Records that {@code story} changed: indexed, most recent, and the window kept to its size. */
  void update(ActiveStory story) {
    open.put(story.id, story);
    index.update(story);
    while (open.size() > options.activeStories()) {
      close(open.values().iterator().next());
    }
  }

  /** Closes the stories whose last article is older than the window, oldest first. */
  private void expire() {
    LocalDate now = clock;
    if (now == null) {
      return;
    }
    LocalDate horizon = now.minusDays(options.windowDays());
    List<ActiveStory> old = new ArrayList<>();
    Iterator<ActiveStory> it = open.values().iterator();
    for (int seen = 0; it.hasNext() && seen < EXPIRY_SCAN; seen++) {
      ActiveStory s = it.next();
      LocalDate last = s.last();
      if (last != null && last.isBefore(horizon)) {
        old.add(s);
      } else if (last != null) {
        break;
      }
    }
    old.forEach(this::close);
  }

  /** Closes every open story. */
  void closeAll() {
    new ArrayList<>(open.values()).forEach(this::close);
  }

  private void close(ActiveStory story) {
    open.remove(story.id);
    index.remove(story);
    closed.add(story.close());
  }

  /** The stories closed since the last call, in closing order. */
  List<Story> takeClosed() {
    List<Story> out = List.copyOf(closed);
    closed.clear();
    return out;
  }
}
