package org.newsbrief.render;

import java.util.List;
import java.util.Map;
import org.newsbrief.model.Article;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Entity;
import org.newsbrief.model.Problem;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;
import org.newsbrief.model.SummarySentence;
import org.newsbrief.model.TimelineEvent;

/**
 * Renders a briefing as one self-contained HTML page: inline style, no scripts, no external
 * resources. Every piece of article text is escaped.
 */
final class HtmlRenderer implements Renderer {
  private static final String STYLE =
      "body{font:16px/1.55 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}"
          + "h1,h2{font-family:system-ui,sans-serif}h2{border-bottom:1px solid #ddd}"
          + ".meta{color:#666}sup a{text-decoration:none;color:#06c;font-size:.8em}"
          + "li{margin:.3em 0}.problem{color:#a00}time{font-weight:bold;margin-right:.4em}";

  @Override
  public String render(Briefing briefing) {
    Citation citation = new Citation(briefing.articles());
    Copies copies = new Copies(briefing, citation);
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'\">")
        .append("<title>Briefing</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>Briefing</h1>\n<p class=\"meta\">")
        .append(escape(Describe.scope(briefing)))
        .append("</p>\n<h2>What happened</h2>\n");
    for (SummarySentence s : briefing.summary()) {
      html.append("<p>").append(isolate(s.text()));
      appendCitations(html, citation, s.sources());
      html.append(" <span class=\"meta\">(").append(isolate(copies.corroboration(s)));
      List<String> also = s.support().stream().filter(a -> !s.sources().contains(a)).toList();
      if (!also.isEmpty()) {
        html.append("; also");
        appendCitations(html, citation, also);
      }
      html.append(")</span></p>\n");
    }
    if (!briefing.entities().isEmpty()) {
      html.append("<h2>Who is involved</h2>\n<ul class=\"entities\">\n");
      for (Entity e : EntityList.of(briefing)) {
        html.append("<li id=\"entity-")
            .append(escape(e.id()))
            .append("\"><strong>")
            .append(isolate(e.name()))
            .append("</strong> <span class=\"meta\">")
            .append(e.type().name().toLowerCase(java.util.Locale.ROOT))
            .append(", ")
            .append(e.mentions().size())
            .append(e.mentions().size() == 1 ? " mention</span>" : " mentions</span>");
        if (!e.aliases().isEmpty()) {
          html.append("<br>also ").append(isolate(String.join(", ", e.aliases())));
        }
        if (!e.roles().isEmpty()) {
          html.append("<br>").append(isolate(String.join("; ", e.roles())));
        }
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    }
    if (!briefing.quotes().isEmpty()) {
      html.append("<h2>Who said what</h2>\n");
      for (Map.Entry<Speaker, List<Quote>> e : QuoteBoard.bySpeaker(briefing.quotes()).entrySet()) {
        html.append("<h3>").append(isolate(QuoteBoard.label(e.getKey()))).append("</h3>\n<ul>\n");
        for (Quote q : e.getValue()) {
          html.append("<li><q>").append(isolate(q.text())).append("</q>");
          if (q.via() != null) {
            html.append(" (via ").append(isolate(q.via())).append(')');
          }
          appendCitations(html, citation, q.sources());
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
    }
    if (!briefing.conflicts().isEmpty()) {
      html.append("<h2>Where sources disagree</h2>\n");
      for (Conflict c : briefing.conflicts()) {
        html.append("<h3>").append(isolate(c.topic()));
        if (c.kind().equals("figure")) {
          html.append(c.progression() ? " (rising as reports came in)" : " (figures differ)");
        }
        html.append("</h3>\n<ul>\n");
        for (ConflictSide side : c.sides()) {
          html.append("<li><em>")
              .append(isolate(side.value() == null ? side.stance() : side.value()))
              .append("</em>");
          if (side.speaker() != null) {
            html.append(" (").append(isolate(side.speaker().name())).append(")");
          }
          html.append(": ").append(isolate(side.text()));
          appendCitations(html, citation, side.sources());
          html.append("</li>\n");
        }
        html.append("</ul>\n");
      }
    }
    if (!briefing.timeline().isEmpty()) {
      html.append("<h2>Timeline</h2>\n<ul class=\"timeline\">\n");
      for (TimelineEvent e : briefing.timeline()) {
        html.append("<li><time>")
            .append(escape(e.date()))
            .append("</time> ")
            .append(isolate(e.text()));
        appendCitations(html, citation, e.sources());
        html.append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("<h2>Sources</h2>\n<ol>\n");
    for (Article a : briefing.articles()) {
      html.append("<li id=\"article-")
          .append(escape(a.id()))
          .append("\"><strong>")
          .append(isolate(a.title()))
          .append("</strong>: ")
          .append(isolate(Describe.byline(a)))
          .append(isolate(Describe.outlet(a)))
          .append(", ")
          .append(escape(Describe.published(a)))
          .append(" <span class=\"meta\">")
          .append(isolate(a.source()))
          .append("</span>");
      String also = copies.alsoRanIn(a);
      if (!also.isEmpty()) {
        html.append("<br><span class=\"copies\">").append(isolate(also)).append("</span>");
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
    if (!briefing.problems().isEmpty()) {
      html.append("<h2>Inputs not briefed</h2>\n<ul>\n");
      for (Problem p : briefing.problems()) {
        html.append("<li class=\"problem\">")
            .append(isolate(p.input()))
            .append(": ")
            .append(isolate(p.message()))
            .append("</li>\n");
      }
      html.append("</ul>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static void appendCitations(StringBuilder html, Citation citation, List<String> sources) {
    for (String source : sources) {
      html.append("<sup><a href=\"#article-")
          .append(escape(source))
          .append("\">[")
          .append(citation.number(source))
          .append("]</a></sup>");
    }
  }

  /**
   * Untrusted text as element content, escaped and in a {@code <bdi>}: a right-to-left override or
   * an unclosed embedding in a title or an outlet then ends with it instead of reversing the rest
   * of the line.
   */
  static String isolate(String text) {
    return text.isEmpty() ? "" : "<bdi>" + escape(text) + "</bdi>";
  }

  /**
   * Escapes text for HTML element content and quoted attribute values. NUL and the other control
   * characters HTML does not allow in text (all C0 but tab, line feed, form feed and carriage
   * return; DEL; C1) become U+FFFD, as an HTML parser would read them, so none reaches the page.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\f', '\r' -> out.append(c);
        default -> out.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
