package org.newsbrief;

import org.jspecify.annotations.Nullable;
import org.newsbrief.analyze.entity.NerTagger;
import org.newsbrief.analyze.entity.TypeContext;
import org.newsbrief.summarize.CoverageSummarizer;
import org.newsbrief.summarize.Summarizer;

/**
 * The shipped models every briefing uses, loaded once per process on one background thread: the
 * name tagger first (a briefing waits for it soonest: its names are tagged while the summary is
 * still far off), then the summarizer with its priors, then the entity-level type model the entity
 * list reads. One load serves every facade of the process (the summarizer is immutable), and a
 * command line can start it before it has read its options ({@link NewsBriefings#preload}).
 */
final class DefaultModels {
  private static final Object LOCK = new Object();
  private static @Nullable Preload<Summarizer> loading;

  private DefaultModels() {}

  /** The shipped summarizer, loading (after the name tagger) from the first call on. */
  static Preload<Summarizer> summarizer() {
    synchronized (LOCK) {
      Preload<Summarizer> models = loading;
      if (models == null) {
        models = Preload.start("models", DefaultModels::load);
        loading = models;
      }
      return models;
    }
  }

  private static Summarizer load() {
    try {
      NerTagger.shipped();
    } catch (RuntimeException | LinkageError e) {
      // a tagger that cannot load reports it where names are tagged, not as the summarizer's error
    }
    Summarizer summarizer = new CoverageSummarizer();
    try {
      TypeContext.shipped();
    } catch (RuntimeException | LinkageError e) {
      // the entity list reports a type model that cannot load where it reads it
    }
    return summarizer;
  }
}
