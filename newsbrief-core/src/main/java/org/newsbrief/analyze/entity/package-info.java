/**
 * Entities: finds the people, organisations, places and groups an article names (capitalised
 * phrases, with titles and roles split off), and merges their mentions across articles into
 * canonical entities with aliases: a surname joins the full name ("Kerry" = "John F. Kerry"), an
 * acronym joins what the text defines it as ("Islamic State (IS)", "also known as ISIL or ISIS").
 */
@NullMarked
package org.newsbrief.analyze.entity;

import org.jspecify.annotations.NullMarked;
