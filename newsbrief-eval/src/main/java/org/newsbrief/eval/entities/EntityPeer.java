package org.newsbrief.eval.entities;

import java.util.List;
import org.newsbrief.eval.Peer;

/**
 * A peer for {@code eval entities}: finds the entity mentions of a set of documents on one topic
 * and groups those that stand for one entity, across documents.
 */
public interface EntityPeer extends Peer {
  /** The entities of {@code topic}, each as the mentions that stand for it. */
  List<List<MentionSpan>> entities(List<EntityDocument> topic);
}
