/**
 * Analyze: language analysis of clean articles. Splits sentences (abbreviation- and
 * quotation-aware) and tokenises words; later work adds entities, quotes and time expressions.
 */
@NullMarked
package org.newsbrief.analyze;

import org.jspecify.annotations.NullMarked;
