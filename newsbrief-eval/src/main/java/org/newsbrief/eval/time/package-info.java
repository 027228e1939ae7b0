/**
 * {@code newsbrief eval time}: TempEval-3 Task A scoring of newsbrief's time tagger on TimeML files
 * (relaxed and strict span P/R/F1, value and type accuracy, value F1 = value accuracy x relaxed
 * F1), micro-averaged over all files.
 */
@NullMarked
package org.newsbrief.eval.time;

import org.jspecify.annotations.NullMarked;
