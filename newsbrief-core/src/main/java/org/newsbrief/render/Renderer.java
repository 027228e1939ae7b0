package org.newsbrief.render;

import org.newsbrief.model.Briefing;

/** Turns a briefing into a document. Implementations are pure and thread-safe. */
public interface Renderer {
  /** The whole document for {@code briefing}. */
  String render(Briefing briefing);
}
