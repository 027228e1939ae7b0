package org.newsbrief.analyze.entity;

import java.util.List;
import java.util.Map;
import org.newsbrief.model.Entity;

/**
 * An entity with the name mentions it was built from and their tagger types.
 *
 * @param entity the entity
 * @param mentions its mentions
 * @param types how many of them the tagger typed PER, ORG, LOC, MISC
 */
record GroupedEntity(Entity entity, List<NameMention> mentions, Map<String, Integer> types) {}
