package org.newsbrief.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a byline as pages write it into people's names: drops the label before it ("By", "Von",
 * "Posted by", "View all posts by", "Zeige alle Beiträge von", "Autor:", "Publié par", …), what
 * follows the names (a date, its weekday, a time, "am", "Veröffentlicht", "| Reuters"), job titles
 * after a comma ("AP Auto Writer", "PhD"), and refuses what is not a person: outlets, companies,
 * agencies, "admin", "No Author", sponsor labels. Names from markup (JSON-LD, meta tags, author
 * links) may be handles ("gizzmo"); names from running text must be capitalised.
 */
final class BylineNames {
  static final Pattern LABEL =
      Pattern.compile(
          "^(?iu)(?:(?:(?:zeige\\s+)?alle\\s+beiträge|(?:view\\s+)?all\\s+posts|(?:more\\s+)?"
              + "(?:posts|articles|stories)|(?:blog\\s+)?beitrag|beiträge|posted|written|published"
              + "|geschrieben|veröffentlicht|eingestellt|gespeichert|verfasst|erstellt|publié"
              + "|écrit|escrito|publicado|scritto|pubblicato|geplaatst|geschreven|napisane"
              + "|opublikowane|reported|text|fotos?|photos?|artikel|article|beitragvon)\\s+(?:by|von|par|por|da|di|door"
              + "|przez)|by|von|par|por|door|przez|autor(?:in|en|es|zy)?|auteurs?|authors?"
              + "|autore|redaktion|texte?|reporter)(?:\\s*:\\s*|\\s+)");

  /**
   * Weekday names (en, de, fr, nl, pl, es, it; not "domingo", "sábado", "sabato", which are also
   * surnames): a byline followed by its date's weekday ("Anna Berg Donnerstag, 3. Mai").
   */
  static final String WEEKDAYS =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch"
          + "|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
          + "|dimanche|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|poniedziałek"
          + "|wtorek|środa|czwartek|piątek|sobota|niedziela|lunes|martes|miércoles|jueves"
          + "|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|domenica";

  static final Pattern CUT =
      Pattern.compile(
          "\\s*(?:[|•·—–/]|\\s-\\s|\\d|\\b(?i:updated|published|posted|on|am|um|le|il|el|hace"
              + "|op|dnia|at|shares?|im gespräch mit|veröffentlicht|publié|publicado|pubblicato"
              + "|gepubliceerd|opublikowano|datum|"
              + WEEKDAYS
              + ")\\b).*$");
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:[,;&]|\\s(?:and|und|et|y|e|en|i|og|och|mit|with)\\s)\\s*");
  private static final String WORD = "[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}.'’\\-]*";
  private static final String PARTICLE =
      "(?:von|van|der|den|de|da|di|del|la|le|du|dos|bin|al|ten|zu|y|v\\.)";
  private static final Pattern CAPITALISED =
      Pattern.compile(WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)*" + WORD + "){0,3}");
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.\\-]{2,30}");
  private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d]{1,5}");
  private static final Keywords ROLE =
      Keywords.of(
          "writer|editor|correspondent|reporter|redakteur|journalist|staff|contributor"
              + "|columnist|phd|ph.d|experte|expertin|korrespondent|photographer|fotograf"
              + "|founder|sprecher|professor|student|member|mitglied");
  static final Pattern ORG =
      Pattern.compile(
          "(?iu)(?:\\b(?:gmbh|e\\.\\s?v\\.?|ag|inc|ltd|llc|verlag|redaktion|press|news|online"
              + "|magazin|magazine|media|group|team|agency|agencies|stiftung|institut|institute"
              + "|university|universität|department|departement|ministerium|ministry|association"
              + "|verein|admin|administrator|super user|no author|anonymous|unknown|guest|gast"
              + "|gesponserte|sponsored|werbeagentur|partner|editorial|newsroom|desk|wire"
              + "|reuters|dpa|afp|ap|associated|bureau|club|verband|zeitung|times|tribune"
              + "|journal|daily|radio|tv|shop|store|gov|council)\\b|\\.(?:com|de|at|ch|fr|org"
              + "|net|co|uk|es|it)\\b)");
  private static final int MAX_CHARS = BylineLength.MAX_CHARS;
  private static final Pattern COPYRIGHT = Pattern.compile("^(?i:©|\\(c\\)|copyright)\\s*");

  /** What may follow a byline besides {@link #CUT}: a note in brackets, tags, a weekday short. */
  static final Pattern TRIM_CUT =
      Pattern.compile(
          "\\s*(?:\\(|\\s(?:Tags|Quelle|Source|Kategorien?|Mo|Di|Mi|Do|Fr|Sa|So)\\b).*$");

  /** Compiled once: {@code String.replaceAll} compiles its pattern on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");
  private static final Pattern TRIMMED_TRAILING = Pattern.compile("[\\s,;:.\\-]+$");

  private BylineNames() {}

  /**
   * The people {@code raw} names, in order, or none. {@code markup} says the text comes from markup
   * made for authors, where handles count as names.
   */
  static List<String> of(@Nullable String raw, boolean markup) {
    if (raw == null || raw.contains("://") || raw.contains("www.") || raw.contains("@")) {
      return List.of();
    }
    String s = SPACES.matcher(raw.replace('\u00A0', ' ')).replaceAll(" ").strip();
    s = LABEL.matcher(s).replaceFirst("");
    int from = BylineLength.cutFrom(s);
    if (BylineLength.tooLong(s, from) || !s.contains(",") && orgFound(s)) {
      return List.of();
    }
    s = TRAILING.matcher(BylineLength.cut(s, CUT, from)).replaceAll("").strip();
    if (s.isEmpty() || s.length() > MAX_CHARS || LABEL.matcher(s + " ").matches()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String part : SEPARATORS.split(s)) {
      String name = part.strip();
      if (isPerson(name, markup)) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * {@code raw} trimmed as {@link #of} trims it (label, date, separators after the names) but not
   * judged: organisations, staff labels and handles stay, for a model to weigh; null when nothing
   * is left, when it is a link or an e-mail address, or longer than a byline.
   */
  static @Nullable String trimmed(@Nullable String raw) {
    if (raw == null || raw.contains("://") || raw.contains("www.") || raw.contains("@")) {
      return null;
    }
    String s = SPACES.matcher(raw.replace('\u00A0', ' ')).replaceAll(" ").strip();
    if (HANDLE.matcher(s).matches() && s.codePoints().anyMatch(Character::isLetter)) {
      return s;
    }
    s = COPYRIGHT.matcher(s).replaceFirst("");
    String unlabelled = LABEL.matcher(s).replaceFirst("");
    s = unlabelled.isBlank() ? s : unlabelled;
    int from = BylineLength.cutFrom(s);
    if (BylineLength.tooLong(s, from)) {
      return null;
    }
    s =
        TRIMMED_TRAILING
            .matcher(TRIM_CUT.matcher(BylineLength.cut(s, CUT, from)).replaceFirst(""))
            .replaceAll("")
            .strip();
    boolean letters = s.codePoints().anyMatch(Character::isLetter);
    return s.isEmpty() || !letters || s.length() > MAX_CHARS || MonthNames.isMonth(s) ? null : s;
  }

  /** Whether {@code name} reads as an organisation, outlet, agency or staff label. */
  static boolean isOrganisation(String name) {
    return orgFound(name) || ROLE.foundIn(name.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code text} starts with a byline label ("By", "Von", "Autor:", "Posted by", ...). */
  static boolean hasLabel(String text) {
    return LABEL.matcher(text.strip()).lookingAt();
  }

  /** {@link #ORG} found in {@code s}, tried only when {@link BylineOrganisations#mayMatch}. */
  private static boolean orgFound(String s) {
    return BylineOrganisations.mayMatch(s) && ORG.matcher(s).find();
  }

  private static boolean isPerson(String name, boolean markup) {
    if (name.isEmpty() || ROLE.foundIn(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean single = name.indexOf(' ') < 0;
    if (single && (ACRONYM.matcher(name).matches() || MonthNames.isMonth(name))) {
      return false;
    }
    boolean looks =
        CAPITALISED.matcher(name).matches() || markup && single && HANDLE.matcher(name).matches();
    return looks && !orgFound(name);
  }
}
