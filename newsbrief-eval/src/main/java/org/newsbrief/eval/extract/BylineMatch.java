package org.newsbrief.eval.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The web-eval byline rule: the extracted byline and the label give the same set of names after
 * Unicode NFKC, case folding, dropping a leading "By", "Von" or "Par", and splitting on {@code , ;
 * & | /} and " and ", " und ", " et ".
 */
final class BylineMatch {
  private static final Pattern BY = Pattern.compile("^(by|von|par)\\s+");
  private static final Pattern SPLIT = Pattern.compile("[,;&|/]| and | und | et ");

  private BylineMatch() {}

  /** Whether {@code found} names the same people as {@code label}. */
  static boolean same(@Nullable String found, String label) {
    return found != null && names(found).equals(names(label));
  }

  /** The set of names in a byline. */
  static Set<String> names(String byline) {
    String s = Normalizer.normalize(byline, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\s+", " ").strip();
    s = BY.matcher(s).replaceFirst("");
    Set<String> names = new TreeSet<>();
    for (String part : SPLIT.split(s)) {
      String name = part.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
