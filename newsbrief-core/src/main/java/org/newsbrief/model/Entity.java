package org.newsbrief.model;

import java.util.List;
import java.util.Objects;

/**
 * A canonical entity merged across articles, with every name it goes by.
 *
 * @param id stable identifier within the briefing
 * @param name the canonical name
 * @param type person, organisation, place or group
 * @param aliases other names used for it ("ISIL", "Daesh"), sorted
 * @param roles titles and roles attached to it ("State Department spokeswoman"), sorted
 * @param mentions where it is mentioned
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<String> roles,
    List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
