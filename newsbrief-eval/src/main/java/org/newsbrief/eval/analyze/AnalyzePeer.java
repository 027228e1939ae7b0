package org.newsbrief.eval.analyze;

import java.util.List;
import org.newsbrief.eval.Peer;

/** A peer for {@code bench analyze} (such as CoreNLP's pipeline through its plugin). */
public interface AnalyzePeer extends Peer {
  /** Runs the peer's whole analysis over the texts of one story. */
  void analyze(List<String> story);
}
