/**
 * Named-entity recognition: reading CoNLL-2003 files, scoring by conlleval's rules, training the
 * tagger (word clusters from raw text, then an averaged perceptron) and evaluating it against the
 * rule-based names and CoreNLP when its plugin is present.
 */
@NullMarked
package org.newsbrief.eval.ner;

import org.jspecify.annotations.NullMarked;
