package org.newsbrief.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.newsbrief.eval.Peer;
import org.newsbrief.model.TimeExpression;

/** A peer for {@code eval time}: tags and normalises time expressions against a creation date. */
public interface TimePeer extends Peer {
  /** The time expressions in {@code text}, values resolved against {@code creation} when given. */
  List<TimeExpression> tag(String text, @Nullable LocalDate creation);
}
