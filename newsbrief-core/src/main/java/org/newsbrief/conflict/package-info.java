/**
 * Where sources disagree, across the articles of a story: figures that sources give differently
 * (deaths, injuries, magnitudes and other counts), shown with every value, its sources and its
 * speakers, or as a progression when later reports give a growing figure.
 */
@NullMarked
package org.newsbrief.conflict;

import org.jspecify.annotations.NullMarked;
