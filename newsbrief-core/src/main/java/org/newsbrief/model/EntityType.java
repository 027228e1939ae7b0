package org.newsbrief.model;

/** The kinds of entity a briefing lists. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  GROUP
}
