package org.newsbrief.render;

import java.util.Locale;

/** The output formats of a briefing. */
public enum BriefingFormat {
  MD(new MarkdownRenderer()),
  HTML(new HtmlRenderer()),
  JSON(new JsonRenderer());

  private final Renderer renderer;

  BriefingFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  /** The renderer for this format. */
  public Renderer renderer() {
    return renderer;
  }

  /** The format named {@code name} ("md", "html" or "json", any case). */
  public static BriefingFormat named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
