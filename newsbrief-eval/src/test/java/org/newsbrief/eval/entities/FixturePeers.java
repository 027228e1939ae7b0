package org.newsbrief.eval.entities;

import java.util.List;
import org.newsbrief.eval.Peer;
import org.newsbrief.eval.PeerProvider;

/** A provider found through the service file, offering a peer that knows the fixture's answer. */
public final class FixturePeers implements PeerProvider {
  @Override
  public List<Peer> peers() {
    return List.of(new Oracle());
  }

  /**
   * Returns the gold entities of the {@code ecbplus} test fixture, but the publicist, and Malibu
   * wrongly with Reid.
   */
  static final class Oracle implements EntityPeer {
    @Override
    public String name() {
      return "oracle";
    }

    @Override
    public List<List<MentionSpan>> entities(List<EntityDocument> topic) {
      return List.of(
          List.of(
              new MentionSpan("1_1ecb", 0, 0, 2),
              new MentionSpan("1_1ecb", 1, 0, 1),
              new MentionSpan("1_1ecbplus", 1, 0, 2),
              new MentionSpan("1_1ecbplus", 1, 5, 6)),
          List.of(new MentionSpan("1_1ecb", 0, 4, 7), new MentionSpan("1_1ecbplus", 1, 3, 4)));
    }
  }
}
