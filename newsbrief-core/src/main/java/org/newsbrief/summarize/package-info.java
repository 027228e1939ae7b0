/**
 * Summarize: builds the cited multi-document summary from analyzed articles. Predicts which words
 * and word pairs a human summary would use (a coverage model with lexical priors learned from
 * 44,912 Multi-News stories), cuts datelines and stamps, keeps fragments and openers without their
 * antecedent out, removes redundancy, orders the result for reading, and cites every article that
 * states each chosen sentence.
 */
@NullMarked
package org.newsbrief.summarize;

import org.jspecify.annotations.NullMarked;
