package org.newsbrief.eval;

import java.util.List;

/**
 * The service that plugs peers into the eval tasks: an optional module (e.g. {@code
 * newsbrief-corenlp}) lists its provider in {@code
 * META-INF/services/org.newsbrief.eval.PeerProvider}, and with its jar on the class path every task
 * it serves reports its peers too. Providers must be cheap to create: load models in {@link
 * Peer#load()}.
 */
public interface PeerProvider {
  /** Every peer this provider offers, of any kind. */
  List<Peer> peers();
}
