package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The tag set of the named-entity tagger: BILOU (begin, inside, last, unit) for each of the four
 * CoNLL-2003 types, and O. Tag 0 is O; tag {@code 1 + 4 * type + part} is a part of a type.
 */
public final class NerTags {
  /** The entity types, in tag order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  /** How many tags there are. */
  public static final int COUNT = 1 + 4 * 4;

  private static final String PARTS = "BILU";

  private NerTags() {}

  /** The tag for a part ('B', 'I', 'L' or 'U') of type {@code type}. */
  public static int tag(char part, int type) {
    int p = PARTS.indexOf(part);
    if (p < 0 || type < 0 || type >= TYPES.size()) {
      throw new IllegalArgumentException("no tag " + part + "-" + type);
    }
    return 1 + 4 * type + p;
  }

  /** The part letter of {@code tag} ('O' for O). */
  public static char part(int tag) {
    return tag == 0 ? 'O' : PARTS.charAt((tag - 1) % 4);
  }

  /** The type index of {@code tag}, or -1 for O. */
  public static int type(int tag) {
    return tag == 0 ? -1 : (tag - 1) / 4;
  }

  /** The tag's name, such as "B-PER" or "O". */
  public static String name(int tag) {
    return tag == 0 ? "O" : part(tag) + "-" + TYPES.get(type(tag));
  }

  /** Whether {@code tag} may follow {@code previous} (-1 at the sentence start). */
  public static boolean allowed(int previous, int tag) {
    boolean open = previous > 0 && (part(previous) == 'B' || part(previous) == 'I');
    char p = part(tag);
    if (open) {
      return (p == 'I' || p == 'L') && type(tag) == type(previous);
    }
    return p == 'O' || p == 'B' || p == 'U';
  }

  /** Whether {@code tag} may end a sentence. */
  public static boolean mayEnd(int tag) {
    char p = part(tag);
    return p != 'B' && p != 'I';
  }

  /** The spans a valid BILOU tag sequence encodes. */
  public static List<NerSpan> spans(int[] tags) {
    List<NerSpan> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < tags.length; i++) {
      char p = part(tags[i]);
      if (p == 'U') {
        spans.add(new NerSpan(i, i + 1, TYPES.get(type(tags[i]))));
      } else if (p == 'B') {
        start = i;
      } else if (p == 'L' && start >= 0) {
        spans.add(new NerSpan(start, i + 1, TYPES.get(type(tags[i]))));
        start = -1;
      }
    }
    return spans;
  }

  /** The BILOU tags of {@code spans} over {@code length} tokens. */
  public static int[] encode(List<NerSpan> spans, int length) {
    int[] tags = new int[length];
    for (NerSpan s : spans) {
      int type = TYPES.indexOf(s.type());
      if (s.end() - s.start() == 1) {
        tags[s.start()] = tag('U', type);
        continue;
      }
      tags[s.start()] = tag('B', type);
      for (int i = s.start() + 1; i < s.end() - 1; i++) {
        tags[i] = tag('I', type);
      }
      tags[s.end() - 1] = tag('L', type);
    }
    return tags;
  }
}
