package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

/** Links each quotation's speaker to the canonical entity it names, by name, alias or surname. */
public final class SpeakerLinks {
  private SpeakerLinks() {}

  /** {@code quotes} with speakers pointing at {@code entities} where a name matches. */
  public static List<Quote> link(List<Quote> quotes, List<Entity> entities) {
    List<Quote> linked = new ArrayList<>();
    for (Quote q : quotes) {
      Entity e = find(q.speaker().name(), entities);
      if (e == null) {
        linked.add(q);
        continue;
      }
      String name = e.type() == EntityType.PERSON ? e.name() : q.speaker().name();
      Speaker s = new Speaker(e.id(), name, q.speaker().role());
      linked.add(new Quote(q.text(), q.direct(), s, q.article(), q.sentence()));
    }
    return linked;
  }

  private static @Nullable Entity find(String name, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.name().equals(name) || e.aliases().contains(name)) {
        return e;
      }
    }
    String[] words = name.split("\\s+");
    String surname = words[words.length - 1];
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.name().endsWith(" " + surname) && words.length <= 3) {
        return e;
      }
    }
    return null;
  }
}
