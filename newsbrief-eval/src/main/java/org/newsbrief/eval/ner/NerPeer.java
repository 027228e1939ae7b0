package org.newsbrief.eval.ner;

import java.util.List;
import org.newsbrief.analyze.entity.NerSpan;
import org.newsbrief.eval.Peer;

/** A peer for {@code eval ner} (such as CoreNLP's NER through its plugin). */
public interface NerPeer extends Peer {
  /** The names in each sentence of one document, given as tokens, with CoNLL types. */
  List<List<NerSpan>> tag(List<List<String>> sentences);
}
