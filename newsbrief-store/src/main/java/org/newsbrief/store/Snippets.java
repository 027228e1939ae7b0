package org.newsbrief.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of article bodies, as {@link Highlight} pieces rather than markup. Passages
 * are sentences; up to {@value #PASSAGES} of the best are joined with an ellipsis, and an article
 * with no match in its body shows its opening sentence.
 */
final class Snippets {
  static final int PASSAGES = 2;
  private static final String ELLIPSIS = " … ";

  private Snippets() {}

  static List<List<Highlight>> of(IndexSearcher searcher, Query query, int[] docs)
      throws IOException {
    StructuredHighlighter highlighter =
        new StructuredHighlighter(
            UnifiedHighlighter.builder(searcher, Schema.ANALYZER)
                .withFormatter(new Formatter())
                .withBreakIterator(SentenceBreaks::new)
                .withMaxNoHighlightPassages(1));
    int[] passages = new int[] {PASSAGES};
    Map<String, Object[]> found =
        highlighter.objects(new String[] {Schema.BODY}, query, docs, passages);
    Object[] bodies = found.get(Schema.BODY);
    List<List<Highlight>> out = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out.add(cast(bodies == null ? null : bodies[i]));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Highlight> cast(@org.jspecify.annotations.Nullable Object formatted) {
    return formatted == null ? List.of() : (List<Highlight>) formatted;
  }

  private static final class StructuredHighlighter extends UnifiedHighlighter {
    StructuredHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> objects(String[] fields, Query query, int[] docs, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, passages);
    }
  }

  /** Turns passages into plain and matched pieces; overlapping matches merge. */
  static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Highlight> out = new ArrayList<>();
      for (int p = 0; p < passages.length; p++) {
        Passage passage = passages[p];
        if (p > 0) {
          out.add(new Highlight(ELLIPSIS, false));
        }
        int pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = Math.max(pos, passage.getMatchStarts()[i]);
          int end = passage.getMatchEnds()[i];
          while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
            end = Math.max(end, passage.getMatchEnds()[++i]);
          }
          if (end <= start) {
            continue;
          }
          add(out, content.substring(pos, start), false);
          add(out, content.substring(start, end), true);
          pos = end;
        }
        add(out, content.substring(pos, passage.getEndOffset()), false);
      }
      return List.copyOf(out);
    }

    private static void add(List<Highlight> out, String text, boolean match) {
      if (!text.isEmpty()) {
        out.add(new Highlight(text, match));
      }
    }
  }
}
