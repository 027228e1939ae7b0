package org.newsbrief.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** Finds the plugged-in peers of one kind and times their loading. */
public final class Peers {
  private Peers() {}

  /**
   * The peers of {@code kind} from every {@link PeerProvider} on the class path, sorted by name.
   * Option {@code peers=none} leaves all out; {@code peers=a,b} keeps only those named.
   */
  public static <P extends Peer> List<P> of(Class<P> kind, Map<String, String> options) {
    String wanted = options.getOrDefault("peers", "all");
    Set<String> names = new TreeSet<>(Arrays.asList(wanted.split(",")));
    List<P> found = new ArrayList<>();
    for (PeerProvider provider : ServiceLoader.load(PeerProvider.class)) {
      for (Peer peer : provider.peers()) {
        if (kind.isInstance(peer) && (wanted.equals("all") || names.contains(peer.name()))) {
          found.add(kind.cast(peer));
        }
      }
    }
    found.sort(Comparator.comparing(Peer::name));
    return found;
  }

  /** Loads {@code peer}'s models and returns the seconds it took. */
  public static double load(Peer peer) {
    long start = System.nanoTime();
    peer.load();
    return (System.nanoTime() - start) / 1e9;
  }
}
