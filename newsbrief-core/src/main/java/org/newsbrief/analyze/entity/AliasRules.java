package org.newsbrief.analyze.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that say two names stand for one entity: the text defines one as the other ("Islamic
 * State (IS)", "IS (also known as ISIL or ISIS)", "a nickname for ISIS"), one is the surname of a
 * person named in full or differs from it by a middle initial, or an initialism spells the name's
 * initials ("U.S." = "United States").
 */
final class AliasRules {
  private static final Pattern ACRONYM_DEFINED =
      Pattern.compile("(\\p{Lu}[\\p{L}\\s]{1,100}?)\\s+\\((\\p{Lu}{2,6})\\)");
  private static final Pattern ALSO_KNOWN =
      Pattern.compile(
          "\\b(\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)*)\\s*[(,—–-]?\\s*(?:also known as|known"
              + " by the acronyms?|known as)\\s+(\\p{Lu}{2,6})(?:\\s+(?:or|and)\\s+(\\p{Lu}{2,6}))?");
  private static final Pattern NICKNAME_FOR =
      Pattern.compile("(?:nickname|name|term) for (\\p{Lu}{2,6}|\\p{Lu}[\\p{L}]+)");

  private AliasRules() {}

  static void link(
      String sentence, List<NameMention> found, Aliases aliases, Map<String, Integer> frequency) {
    Matcher m = ACRONYM_DEFINED.matcher(sentence);
    while (m.find()) {
      String name = lastName(found, m.group(1));
      aliases.union(name, m.group(2));
    }
    m = ALSO_KNOWN.matcher(sentence);
    while (m.find()) {
      aliases.union(m.group(1), m.group(2));
      if (m.group(3) != null) {
        aliases.union(m.group(1), m.group(3));
      }
    }
    m = NICKNAME_FOR.matcher(sentence);
    if (m.find()) {
      for (NameMention n : found) {
        String name = n.name();
        boolean single = !name.contains(" ");
        boolean speaker = sentence.contains(name + " said");
        if (single
            && !speaker
            && !Places.is(name)
            && !name.equals(m.group(1))
            && !aliases.known(name)) {
          aliases.union(m.group(1), name);
        }
      }
    }
  }

  /** The longest found name that ends {@code text} ("the Islamic State" gives "Islamic State"). */
  private static String lastName(List<NameMention> found, String text) {
    String best = text.strip();
    for (NameMention n : found) {
      if (text.strip().endsWith(n.name()) && n.name().length() <= best.length()) {
        best = n.name();
      }
    }
    return best;
  }

  /**
   * Joins a person's surname ("Kerry"), first-and-last name without the middle ("John Kerry") and
   * full name with a word before it ("Teenager Autumn Veatch") to the full name, and a first name
   * used alone ("Autumn") when exactly one person of the articles has it and it is nobody's
   * surname.
   */
  static void linkSurnames(List<NameMention> mentions, Aliases aliases) {
    Map<String, String> fullBySurname = new HashMap<>();
    Map<String, String> fullByFirst = new HashMap<>();
    java.util.Set<String> full = new java.util.HashSet<>();
    for (NameMention m : mentions) {
      String[] words = m.name().split("\\s+");
      boolean connected = m.name().matches(".*\\s\\p{Ll}+\\s.*");
      if (words.length >= 2 && words.length <= 4 && looksPersonal(m) && !connected) {
        fullBySurname.putIfAbsent(words[words.length - 1], m.name());
        fullBySurname.put(words[0] + " " + words[words.length - 1], m.name());
        full.add(m.name());
        if (words.length <= 3) {
          String other = fullByFirst.putIfAbsent(words[0], m.name());
          if (other != null && !sameSurname(other, m.name())) {
            fullByFirst.put(words[0], "");
          }
        }
      }
    }
    for (NameMention m : mentions) {
      String[] words = m.name().split("\\s+");
      String target = fullBySurname.get(m.name());
      if (target == null && words.length == 1 && !Places.is(m.name())) {
        target = fullByFirst.get(m.name());
      }
      if (target == null && words.length == 3) {
        target = fullBySurname.get(words[0] + " " + words[2]);
        if ((target == null || target.equals(m.name()))
            && full.contains(words[1] + " " + words[2])) {
          target = words[1] + " " + words[2];
        }
      }
      if (target != null && !target.isEmpty() && !target.equals(m.name())) {
        aliases.union(target, m.name());
      }
    }
  }

  private static boolean sameSurname(String a, String b) {
    return a.substring(a.lastIndexOf(' ') + 1).equals(b.substring(b.lastIndexOf(' ') + 1));
  }

  /** "U.S." stands for "United States": an initialism joins the name whose initials it spells. */
  static void linkInitialisms(java.util.Set<String> names, Aliases aliases) {
    Map<String, String> byInitials = new HashMap<>();
    for (String name : names) {
      String[] words = name.split("\\s+");
      if (words.length >= 2 && name.matches("[\\p{Lu}][\\p{L}]*(\\s+\\p{Lu}[\\p{L}]*)+")) {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
          initials.append(w.charAt(0));
        }
        byInitials.putIfAbsent(initials.toString(), name);
      }
    }
    for (String name : names) {
      if (name.matches("(\\p{Lu}\\.){2,}")) {
        String full = byInitials.get(name.replace(".", ""));
        if (full != null) {
          aliases.union(full, name);
        }
      }
    }
  }

  static final java.util.regex.Pattern LONG_NAME =
      java.util.regex.Pattern.compile(
          "^(?:(?:Islamic|Federal|People[’']s|Democratic|Arab|Socialist|United|Hashemite)\\s+)*"
              + "(?:Republic|Kingdom|Commonwealth|Federation|Emirate|Sultanate)\\s+of\\s+(?:the\\s+)?"
              + "(.+)$");

  /**
   * Joins spelling variants (case, hyphen for space, curly or straight apostrophe: "Islamic-State"
   * = "Islamic State"), a country's official long name to the country ("Islamic Republic of Iran" =
   * "Iran"), and a word in capitals to the one organisation name it opens ("FARS" = "Fars News
   * Agency"), and a name to the one "Place Name" that ends with it ("Yankees" = "New York
   * Yankees").
   */
  static void linkVariants(java.util.Set<String> names, Aliases aliases) {
    Map<String, String> byKey = new HashMap<>();
    Map<String, java.util.List<String>> byFirstWord = new HashMap<>();
    for (String name : new java.util.TreeSet<>(names)) {
      String key =
          name.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("[-\\s]+", " ");
      String same = byKey.putIfAbsent(key, name);
      if (same != null) {
        aliases.union(same, name);
      }
      java.util.regex.Matcher m = LONG_NAME.matcher(name);
      if (m.matches() && names.contains(m.group(1)) && Places.is(m.group(1))) {
        aliases.union(m.group(1), name);
      }
      if (name.contains(" ") && Entities.ORGANIZATION_WORD.matcher(name).find()) {
        byFirstWord.computeIfAbsent(name.split("\\s+")[0], k -> new ArrayList<>()).add(name);
      }
    }
    Map<String, java.util.List<String>> byRest = new HashMap<>();
    for (String name : new java.util.TreeSet<>(names)) {
      String[] words = name.split("\\s+");
      for (int k = 1; k < words.length; k++) {
        String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        if (Places.is(head)) {
          String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
          byRest.computeIfAbsent(rest, r -> new ArrayList<>()).add(name);
        }
      }
    }
    byRest.forEach(
        (rest, longer) -> {
          if (longer.size() == 1 && names.contains(rest) && !Places.is(rest)) {
            aliases.union(longer.get(0), rest);
          }
        });
    for (String name : names) {
      if (name.matches("\\p{Lu}{3,}")) {
        String titled = name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> opened = byFirstWord.getOrDefault(titled, java.util.List.of());
        if (opened.size() == 1) {
          aliases.union(opened.get(0), name);
        }
      }
    }
  }

  static boolean looksPersonal(NameMention m) {
    if (m.type() != null) {
      return "PER".equals(m.type());
    }
    return m.role() != null
        || !Entities.ORGANIZATION_WORD.matcher(m.name()).find()
            && !Places.is(m.name())
            && m.name()
                .matches(
                    "(\\p{Lu}[\\p{Ll}’'-]+|\\p{Lu}\\.)(\\s+(\\p{Lu}[\\p{Ll}’'-]+|\\p{Lu}\\.)){1,3}");
  }
}
