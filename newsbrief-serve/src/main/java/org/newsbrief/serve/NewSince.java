package org.newsbrief.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsbrief.model.Briefing;
import org.newsbrief.model.Conflict;
import org.newsbrief.model.ConflictSide;
import org.newsbrief.model.Quote;
import org.newsbrief.model.SummarySentence;

/**
 * What a story's briefing says now that it did not say at a given time: the briefing of all its
 * articles set against the briefing of those stored by then. New are the articles stored since,
 * summary sentences and quotes whose text the earlier briefing did not have, and figure conflicts
 * whose values it did not show (a new or changed figure).
 */
final class NewSince {
  private NewSince() {}

  /** The "new" object of the briefing API. */
  static ObjectNode of(Instant since, List<String> articles, Briefing now, Briefing before) {
    ObjectNode root = ApiJson.MAPPER.createObjectNode();
    root.put("since", since.toString());
    articles.forEach(root.putArray("articles")::add);
    Set<String> said = new HashSet<>();
    before.summary().forEach(s -> said.add(s.text()));
    ArrayNode summary = root.putArray("summary");
    for (SummarySentence s : now.summary()) {
      if (!said.contains(s.text())) {
        ObjectNode node = summary.addObject().put("text", s.text());
        s.sources().forEach(node.putArray("sources")::add);
      }
    }
    Set<String> quoted = new HashSet<>();
    before.quotes().forEach(q -> quoted.add(q.text()));
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : now.quotes()) {
      if (!quoted.contains(q.text())) {
        quotes
            .addObject()
            .put("text", q.text())
            .put("speaker", q.speaker().name())
            .put("article", q.article());
      }
    }
    Set<String> shown = new HashSet<>();
    before.conflicts().forEach(c -> shown.add(figureKey(c)));
    ArrayNode figures = root.putArray("figures");
    for (Conflict c : now.conflicts()) {
      if (c.kind().equals("figure") && !shown.contains(figureKey(c))) {
        ObjectNode node = figures.addObject().put("topic", c.topic()).put("quantity", c.quantity());
        ArrayNode values = node.putArray("values");
        c.sides().forEach(side -> values.add(String.valueOf(side.value())));
      }
    }
    return root;
  }

  /** A figure conflict by what it counts and the values its sides give. */
  private static String figureKey(Conflict c) {
    TreeSet<String> values = new TreeSet<>();
    for (ConflictSide side : c.sides()) {
      values.add(String.valueOf(side.value()));
    }
    return c.kind() + "|" + c.quantity() + "|" + values;
  }
}
