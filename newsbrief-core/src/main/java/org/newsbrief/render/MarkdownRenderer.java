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

/** Renders a briefing as Markdown, citing articles by number. */
final class MarkdownRenderer implements Renderer {
  @Override
  public String render(Briefing briefing) {
    Citation citation = new Citation(briefing.articles());
    Copies copies = new Copies(briefing, citation);
    StringBuilder md = new StringBuilder();
    md.append("# Briefing\n\n");
    md.append("_").append(Describe.scope(briefing)).append("_\n\n");
    md.append("## What happened\n\n");
    for (SummarySentence s : briefing.summary()) {
      md.append(escape(s.text())).append(' ');
      for (String source : s.sources()) {
        md.append('[').append(citation.number(source)).append(']');
      }
      md.append(" _(").append(copies.corroboration(s));
      for (String other : s.support()) {
        if (!s.sources().contains(other)) {
          md.append(other.equals(s.support().get(s.sources().size())) ? "; also " : "")
              .append('[')
              .append(citation.number(other))
              .append(']');
        }
      }
      md.append(")_\n\n");
    }
    if (!briefing.entities().isEmpty()) {
      md.append("## Who is involved\n\n");
      for (Entity e : EntityList.of(briefing)) {
        md.append("- **")
            .append(escape(e.name()))
            .append("** (")
            .append(e.type().name().toLowerCase(java.util.Locale.ROOT))
            .append(")");
        if (!e.aliases().isEmpty()) {
          md.append(", also ").append(escape(String.join(", ", e.aliases())));
        }
        if (!e.roles().isEmpty()) {
          md.append("; ").append(escape(String.join("; ", e.roles())));
        }
        md.append(": ")
            .append(e.mentions().size())
            .append(e.mentions().size() == 1 ? " mention\n" : " mentions\n");
      }
      md.append('\n');
    }
    if (!briefing.quotes().isEmpty()) {
      md.append("## Who said what\n\n");
      for (Map.Entry<Speaker, List<Quote>> e : QuoteBoard.bySpeaker(briefing.quotes()).entrySet()) {
        md.append("**").append(escape(QuoteBoard.label(e.getKey()))).append("**\n\n");
        for (Quote q : e.getValue()) {
          md.append("- “").append(escape(q.text())).append("”");
          if (q.via() != null) {
            md.append(" (via ").append(escape(q.via())).append(')');
          }
          for (String source : q.sources()) {
            md.append(" [").append(citation.number(source)).append(']');
          }
          md.append('\n');
        }
        md.append('\n');
      }
    }
    if (!briefing.conflicts().isEmpty()) {
      md.append("## Where sources disagree\n\n");
      for (Conflict c : briefing.conflicts()) {
        md.append("**").append(escape(c.topic())).append("**");
        if (c.kind().equals("figure")) {
          md.append(c.progression() ? " (rising as reports came in)" : " (figures differ)");
        }
        md.append("\n\n");
        for (ConflictSide side : c.sides()) {
          md.append("- _")
              .append(side.value() == null ? side.stance() : escape(side.value()))
              .append("_");
          if (side.speaker() != null) {
            md.append(" (").append(escape(side.speaker().name())).append(")");
          }
          md.append(": ").append(escape(side.text())).append(' ');
          for (String source : side.sources()) {
            md.append('[').append(citation.number(source)).append(']');
          }
          md.append('\n');
        }
        md.append('\n');
      }
    }
    if (!briefing.timeline().isEmpty()) {
      md.append("## Timeline\n\n");
      for (TimelineEvent e : briefing.timeline()) {
        md.append("- **").append(e.date()).append("**: ").append(escape(e.text())).append(' ');
        for (String source : e.sources()) {
          md.append('[').append(citation.number(source)).append(']');
        }
        md.append('\n');
      }
      md.append('\n');
    }
    md.append("## Sources\n\n");
    int n = 1;
    for (Article a : briefing.articles()) {
      md.append(n++)
          .append(". **")
          .append(escape(a.title()))
          .append("**: ")
          .append(escape(Describe.byline(a)))
          .append(escape(Describe.outlet(a)))
          .append(", ")
          .append(Describe.published(a))
          .append(" (`")
          .append(a.source().replace("`", "'"))
          .append("`)");
      String also = copies.alsoRanIn(a);
      if (!also.isEmpty()) {
        md.append("; ").append(escape(also));
      }
      md.append('\n');
    }
    if (!briefing.problems().isEmpty()) {
      md.append("\n## Inputs not briefed\n\n");
      for (Problem p : briefing.problems()) {
        md.append("- `")
            .append(p.input().replace("`", "'"))
            .append("`: ")
            .append(escape(p.message()))
            .append('\n');
      }
    }
    return md.toString();
  }

  /** Keeps article text from being read as Markdown markup. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
