package org.newsbrief.eval.quotes;

import java.util.List;
import org.newsbrief.analyze.quote.QuoteSpan;
import org.newsbrief.eval.Peer;

/** A peer for {@code eval quotes}: finds direct quotations and their speakers in an article. */
public interface QuotePeer extends Peer {
  /** The quotations in {@code text}, with offsets into it (UTF-16 units, as Java strings). */
  List<QuoteSpan> find(String text);
}
