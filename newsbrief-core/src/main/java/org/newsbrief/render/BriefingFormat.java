package org.newsbrief.render;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The output formats of a briefing. Renderers are made when first asked for, so naming a format
 * (every command line does, for its default) loads no JSON library.
 */
public enum BriefingFormat {
  MD(MarkdownRenderer::new),
  HTML(HtmlRenderer::new),
  JSON(JsonRenderer::new);

  private final Supplier<Renderer> make;
  private volatile @org.jspecify.annotations.Nullable Renderer renderer;

  BriefingFormat(Supplier<Renderer> make) {
    this.make = make;
  }

  /** The renderer for this format (stateless, made once). */
  public Renderer renderer() {
    Renderer r = renderer;
    if (r == null) {
      r = make.get();
      renderer = r;
    }
    return r;
  }

  /** The format named {@code name} ("md", "html" or "json", any case). */
  public static BriefingFormat named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
