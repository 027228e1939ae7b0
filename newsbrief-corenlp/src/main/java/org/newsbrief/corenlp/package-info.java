/**
 * Stanford CoreNLP 4.5 (GPL-3) as an evaluation peer: its quote annotator with attribution for
 * {@code eval quotes}, SUTime for {@code eval time}, and NER with statistical coreference for
 * {@code eval entities}. Optional: built only with the Maven profile {@code corenlp} and never on
 * newsbrief's runtime path; the eval tasks find it through {@link org.newsbrief.eval.PeerProvider}.
 */
@NullMarked
package org.newsbrief.corenlp;

import org.jspecify.annotations.NullMarked;
