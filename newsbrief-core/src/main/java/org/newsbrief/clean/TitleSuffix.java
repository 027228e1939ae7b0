package org.newsbrief.clean;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes the outlet's name that pages append to their headline ("Oilers win in overtime -
 * Sportsnet.ca", "… | Reuters"). The trailing part goes only when it names the article's own outlet
 * or web site, compared without case, spaces, punctuation or a leading "The" ("Sportsnet.ca" is the
 * site sportsnet.ca, "Reuters" the site reuters.com), and when at least two words are left, so a
 * headline that merely ends in a name keeps it.
 */
final class TitleSuffix {
  private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\s+(?:[-–—|·]|::)\\s+([^-–—|·]+)$");

  private static final java.util.Set<String> SECOND_LEVEL =
      java.util.Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne");

  private TitleSuffix() {}

  /** {@code title} without a trailing " - Outlet" or " | Outlet" naming its outlet or site. */
  static String strip(String title, @Nullable String outlet, @Nullable String url) {
    Matcher m = SUFFIX.matcher(title.strip());
    if (!m.matches()) {
      return title;
    }
    String head = m.group(1).strip();
    String tail = key(m.group(2));
    if (tail.isEmpty() || head.split("\\s+").length < 2) {
      return title;
    }
    boolean named =
        (outlet != null && tail.equals(key(outlet)))
            || (url != null && (tail.equals(key(host(url))) || tail.equals(key(site(url)))));
    return named ? head : title;
  }

  private static String key(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT);
    s = s.startsWith("the ") ? s.substring(4) : s;
    s = s.startsWith("www.") ? s.substring(4) : s;
    return s.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String host(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The name part of the host: "sportsnet" for www.sportsnet.ca, "bbc" for www.bbc.co.uk. */
  private static String site(String url) {
    String[] labels = host(url).split("\\.");
    int last = labels.length - 1;
    if (last >= 2 && labels[last].length() == 2 && SECOND_LEVEL.contains(labels[last - 1])) {
      last--;
    }
    return last >= 1 ? labels[last - 1] : "";
  }
}
