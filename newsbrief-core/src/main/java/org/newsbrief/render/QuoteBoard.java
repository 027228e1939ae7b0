package org.newsbrief.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

/** Quotations grouped by speaker, in order of each speaker's first quotation. */
final class QuoteBoard {
  private QuoteBoard() {}

  static Map<Speaker, List<Quote>> bySpeaker(List<Quote> quotes) {
    Map<Speaker, List<Quote>> board = new LinkedHashMap<>();
    for (Quote q : quotes) {
      board.computeIfAbsent(q.speaker(), s -> new ArrayList<>()).add(q);
    }
    return board;
  }

  static String label(Speaker s) {
    return s.role() == null ? s.name() : s.name() + ", " + s.role();
  }
}
