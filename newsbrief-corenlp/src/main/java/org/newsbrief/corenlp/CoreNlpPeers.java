package org.newsbrief.corenlp;

import java.util.List;
import org.newsbrief.eval.Peer;
import org.newsbrief.eval.PeerProvider;

/** The CoreNLP peers, one per eval task; none loads a model before its task asks it to. */
public final class CoreNlpPeers implements PeerProvider {
  /** The peer name the reports show. */
  static final String NAME = "corenlp";

  @Override
  public List<Peer> peers() {
    return List.of(new CoreNlpQuotes(), new CoreNlpTime(), new CoreNlpEntities());
  }
}
