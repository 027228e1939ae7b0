package org.newsbrief.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.newsbrief.BriefingOptions;
import org.newsbrief.NewsBriefings;

/** One facade per executor JVM and options: the facade is thread-safe and loads once. */
final class Pipelines {
  private static final ConcurrentMap<BriefingOptions, NewsBriefings> PIPELINES =
      new ConcurrentHashMap<>();

  private Pipelines() {}

  static NewsBriefings of(BriefingOptions options) {
    return PIPELINES.computeIfAbsent(options, NewsBriefings::create);
  }
}
