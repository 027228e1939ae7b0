package org.newsbrief.stance;

import java.util.Locale;

/** The stance of a body towards a claim, in the FNC-1 label order. */
public enum Stance {
  AGREE,
  DISAGREE,
  DISCUSS,
  UNRELATED;

  /** The FNC-1 label, e.g. "agree". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the body is about the claim at all (agree, disagree or discuss). */
  public boolean related() {
    return this != UNRELATED;
  }

  /** The stance whose FNC-1 label is {@code label}. */
  public static Stance ofLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }
}
