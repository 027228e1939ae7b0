package org.newsbrief.analyze.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name is a place: a country (every country the JDK names in English, as {@link
 * Locale#getISOCountries()}), a region, U.S. state, province or city from the {@code places.txt}
 * list, a place with a compass word before it ("Southern Israel", "Northern Iraq"), or a name
 * ending in a word for a kind of place ("Gaza Strip", "Swat Valley", "Orange County").
 */
final class Places {
  private static final Set<String> COUNTRIES = countries();
  private static final Set<String> NAMES = load();
  private static final Pattern COMPASS =
      Pattern.compile(
          "(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Northeast"
              + "|Northwest|Southeast|Southwest|Upper|Lower|Greater|Downtown|Rural) (.+)");
  private static final Pattern KIND =
      Pattern.compile(
          "\\p{Lu}\\S*(?: \\p{Lu}\\S*)* (?:Strip|Valley|County|Province|Island|Islands|Sea|Ocean"
              + "|River|Mountains|Peninsula|Bay|Lake|Heights|Desert|Coast|Canyon|Airport"
              + "|Square|Street|Avenue|Boulevard|Highway|Region|District|Governorate|Prefecture)");

  private Places() {}

  /** Whether {@code name} names a place. */
  static boolean is(String name) {
    if (NAMES.contains(name) || KIND.matcher(name).matches()) {
      return true;
    }
    java.util.regex.Matcher m = COMPASS.matcher(name);
    return m.matches() && NAMES.contains(m.group(1));
  }

  /** Whether {@code name} is a country's English name as the JDK gives it. */
  static boolean isCountry(String name) {
    return COUNTRIES.contains(name);
  }

  private static Set<String> countries() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    return names;
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      names.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
    }
    try (InputStream in = Places.class.getResourceAsStream("places.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource places.txt");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          names.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(names);
  }
}
