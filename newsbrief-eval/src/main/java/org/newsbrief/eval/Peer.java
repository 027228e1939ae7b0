package org.newsbrief.eval;

/**
 * A system evaluated beside newsbrief on the same data and scored with the same metric. Peers come
 * from {@link PeerProvider}s found on the class path; each task asks {@link Peers#of} for the peers
 * of its own kind (e.g. {@code QuotePeer}, {@code TimePeer}, {@code EntityPeer}), which say what a
 * peer is given and what it returns.
 */
public interface Peer {
  /** The name the report shows, e.g. "corenlp". */
  String name();

  /** Loads models before the first timed run; called once. Does nothing by default. */
  default void load() {}
}
