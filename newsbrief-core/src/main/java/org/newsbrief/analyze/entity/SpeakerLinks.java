package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.newsbrief.model.Entity;
import org.newsbrief.model.EntityType;
import org.newsbrief.model.Quote;
import org.newsbrief.model.Speaker;

/**
 * Links each quotation's speaker to the canonical entity it names: by name, alias or surname, or,
 * for a speaker given only by role ("the secretary of state", "Iran's supreme leader"), by the one
 * person of the quotation's article who holds that role, else the one person of the story. A
 * person's roles are its entity's and those its quotations' speakers carry ("Iran's Supreme Leader
 * Ayatollah Ali Khamenei said" lets a later "Iran's supreme leader said" resolve to him). All
 * quotations of one entity share one speaker, with the fullest role known for it, so "who said
 * what" lists each person once.
 */
public final class SpeakerLinks {
  private static final Pattern LEADING =
      Pattern.compile(
          "^(?:the |a |an )?(?:\\p{Lu}[\\p{L}.]*(?:['’]s) )?", Pattern.CASE_INSENSITIVE);

  /** Titles as news abbreviates them before a name ("Sen. Ted Cruz"), read as the role noun. */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("sen.", "senator"),
          Map.entry("rep.", "representative"),
          Map.entry("gov.", "governor"),
          Map.entry("lt. gov.", "lieutenant governor"),
          Map.entry("gen.", "general"),
          Map.entry("lt.", "lieutenant"),
          Map.entry("col.", "colonel"),
          Map.entry("adm.", "admiral"),
          Map.entry("sgt.", "sergeant"),
          Map.entry("capt.", "captain"),
          Map.entry("atty.", "attorney"),
          Map.entry("sec.", "secretary"),
          Map.entry("pres.", "president"),
          Map.entry("supt.", "superintendent"));

  private static final Pattern TITLE =
      Pattern.compile(
          "(?<![\\p{L}.])(?:lt\\. gov|sen|rep|gov|gen|lt|col|adm|sgt|capt|atty|sec|pres|supt)\\.(?!\\p{L})");

  private SpeakerLinks() {}

  /** {@code quotes} with speakers pointing at {@code entities} where a name or role matches. */
  public static List<Quote> link(List<Quote> quotes, List<Entity> entities) {
    return link(quotes, entities, true);
  }

  /**
   * As {@link #link(List, List)}; {@code quotedRoles} false matches a role speaker against the
   * entities' own roles only (the measured peer).
   */
  public static List<Quote> link(List<Quote> quotes, List<Entity> entities, boolean quotedRoles) {
    List<@Nullable Entity> linkedTo = new ArrayList<>();
    Map<String, String> roles = new HashMap<>();
    Map<String, List<String>> held = new HashMap<>();
    for (Quote q : quotes) {
      Entity e = find(q.speaker(), entities, q.article(), Map.of());
      linkedTo.add(e);
      if (e != null) {
        roles.merge(e.id(), fullestRole(e, q.speaker().role()), SpeakerLinks::longer);
        if (quotedRoles && q.speaker().role() != null) {
          held.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(q.speaker().role());
        }
      }
    }
    for (int i = 0; i < quotes.size() && !held.isEmpty(); i++) {
      Quote q = quotes.get(i);
      if (linkedTo.get(i) == null) {
        Entity e = find(q.speaker(), entities, q.article(), held);
        linkedTo.set(i, e);
        if (e != null) {
          roles.merge(e.id(), fullestRole(e, q.speaker().role()), SpeakerLinks::longer);
        }
      }
    }
    List<Quote> linked = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Entity e = linkedTo.get(i);
      if (e == null) {
        linked.add(q);
        continue;
      }
      String name = e.type() == EntityType.PERSON ? e.name() : q.speaker().name();
      String role = roles.get(e.id());
      Speaker s = new Speaker(e.id(), name, role == null || role.isEmpty() ? null : role);
      linked.add(
          new Quote(q.text(), q.direct(), s, q.article(), q.sentence(), q.sources(), q.via()));
    }
    return linked;
  }

  private static @Nullable Entity find(
      Speaker speaker, List<Entity> entities, String article, Map<String, List<String>> held) {
    String name = speaker.name();
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
    if (speaker.role() != null) {
      return null;
    }
    List<Entity> here =
        entities.stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.article().equals(article)))
            .toList();
    Entity inArticle = byRole(name, here, held);
    return inArticle != null ? inArticle : byRole(name, entities, held);
  }

  /**
   * The one person whose role is {@code description} (less a leading article or possessive), or
   * failing that the one whose role contains it as whole words; null when none or several.
   */
  private static @Nullable Entity byRole(
      String description, List<Entity> entities, Map<String, List<String>> held) {
    String wanted = LEADING.matcher(description.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return null;
    }
    Entity exact = unique(entities, held, role -> role.equals(wanted));
    if (exact != null) {
      return exact;
    }
    return unique(entities, held, role -> (" " + role + " ").contains(" " + wanted + " "));
  }

  private static @Nullable Entity unique(
      List<Entity> entities,
      Map<String, List<String>> held,
      java.util.function.Predicate<String> matches) {
    Entity found = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      boolean holds =
          java.util.stream.Stream.concat(
                  e.roles().stream(), held.getOrDefault(e.id(), List.of()).stream())
              .map(r -> spelledOut(r.toLowerCase(Locale.ROOT)))
              .anyMatch(matches);
      if (holds) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /** A lower-cased role with its abbreviated titles spelled out ("sen." is "senator"). */
  static String spelledOut(String role) {
    return TITLE.matcher(role).replaceAll(m -> TITLES.get(m.group()));
  }

  private static String fullestRole(Entity e, @Nullable String quoted) {
    String role = quoted == null ? "" : quoted;
    for (String r : e.roles()) {
      role = longer(role, r);
    }
    return role;
  }

  private static String longer(String a, String b) {
    return b.length() > a.length() ? b : a;
  }
}
