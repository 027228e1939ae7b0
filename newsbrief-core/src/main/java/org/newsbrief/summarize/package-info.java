/**
 * Summarize: builds the cited multi-document summary from analyzed articles. Scores sentence
 * salience across articles, removes redundancy, balances sources, orders the result for reading,
 * and cites every article that states each chosen sentence.
 */
@NullMarked
package org.newsbrief.summarize;

import org.jspecify.annotations.NullMarked;
