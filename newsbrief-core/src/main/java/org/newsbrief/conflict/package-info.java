/**
 * Where sources disagree, across the articles of a story: disputed claims (one source or speaker
 * denies what another states, about the same matter: {@link org.newsbrief.conflict.Conflicts}) and
 * figures that sources give differently (deaths, injuries, magnitudes and other counts: {@link
 * org.newsbrief.conflict.FigureConflicts}), shown with every value, its sources and its speakers,
 * or as a progression when later reports give a growing figure.
 */
@NullMarked
package org.newsbrief.conflict;

import org.jspecify.annotations.NullMarked;
