package org.newsbrief.analyze.quote;

import java.util.regex.Pattern;

/** The speech verbs and speaker noun phrases that attribute a quotation. */
final class SpeakerPatterns {
  static final String VERB =
      "(?:said|says|say|told|tells|added|adds|asked|asks|stated|wrote|writes|noted|notes"
          + "|explained|argued|argues|insisted|claimed|claims|declared|announced|warned|warns"
          + "|replied|responded|continued|tweeted|acknowledged|admitted|suggested|recalled"
          + "|remarked|stressed|emphasized|conceded|quipped|predicted|vowed|promised|commented"
          + "|observed|contended|maintained|cautioned|complained|joked|agreed|countered"
          + "|confirmed|reads|chimed in|denied|deny|denies|continue to deny|insist|insists|reported|posted|thundered|shouted|concluded|pointed out"
          + "|went on|has said|had said|would say|told reporters|was quoted as saying|was quoted as telling|reports"
          + "|(?:is|are|was|were|has been|have been)\\s+(?:\\w+ly\\s+)?\\w+ing|asking|saying|arguing|telling"
          + "|writing|adding|noting|warning|insisting|claiming|spoke|spoke out|speaks|sings|sang|calls|called|describes|described|writes|published|accused|accuses"
          + "|urged|urges|is calling|was calling|is claiming|said in a statement|says in a statement"
          + "|mocked|blasted|charged|charges|questioned|praised|criticized|slammed|dismissed"
          + "|retorted|shot back|pledged|boasted|lamented|opined|alleged|alleges|asserted"
          + "|asserts|declares|announces|explains|adds|insists|notes|recalls|responds|replies)";

  /**
   * A speaker mention: a pronoun, or up to ten words of a noun phrase (capitalised names, titles,
   * "the", "a", "of", possessives, role nouns) that does not cross a clause boundary.
   */
  static final String SPEAKER =
      "(?:he|she|they|we|I|it|(?:(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*|\\(\\p{Lu}[\\w.-]*\\))\\s+){0,9}?"
          + "(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*|\\(\\p{Lu}[\\w.-]*\\)))";

  /** As {@link #SPEAKER}, but taking as many words as it can (for phrases after the verb). */
  static final String SPEAKER_GREEDY = SPEAKER.replace("{0,9}?", "{0,9}");

  /** After a closing mark: {@code , said the minister} or {@code , the minister said}. */
  static final Pattern AFTER_VERB_FIRST =
      Pattern.compile(
          "^[,\\s]*(?:—\\s*)?"
              + VERB
              + "\\s+("
              + SPEAKER_GREEDY
              + ")(?=\\s*(?:[,;:!?—]|\\.\\s|\\.$|$|\\s(?:on|in|at"
              + "|during|when|after|before|while|who|as|to|from|about|last|this|in|with|"
              + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b))");

  /**
   * After a closing mark, a name with its appositive before the verb: {@code ,” Scott Pruitt, the
   * attorney general of Oklahoma, said} or {@code ,” Quina Jones, 25, said}.
   */
  static final Pattern AFTER_APPOSITIVE =
      Pattern.compile(
          "^[,\\s]*(?:—\\s*)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,5})"
              + "(?:\\s*\\([^()]{1,40}\\))?(?:,\\s*[^,“”\"]{1,120}?){1,2},\\s+(?:\\w+ly\\s+)?"
              + VERB
              + "\\b");

  static final Pattern AFTER_SPEAKER_FIRST =
      Pattern.compile("^[,\\s]*(?:—\\s*)?(" + SPEAKER + ")\\s+" + VERB + "\\b");

  /** Before an opening mark: {@code the minister said:} or {@code According to X,}. */
  static final Pattern BEFORE =
      Pattern.compile(
          "("
              + SPEAKER
              + ")\\s+(?:(?:\\w+ly|also|still|then|often|later)\\s+)?"
              + VERB
              + "(?:\\s+[^\\s,.;:!?\"“”]+){0,6}?\\s*[,:]?\\s*$");

  /** A speaker followed by its verb anywhere: {@code The New York Post reports that}. */
  static final Pattern SPEAKER_VERB =
      Pattern.compile(
          "("
              + SPEAKER
              + ")\\s+(?:(?:\\w+ly|also|still|again|later|then|previously|further|often|once"
              + "|first|quickly|never|always)\\s+)?"
              + VERB
              + "\\b");

  /** A credit line after a quotation: {@code ” ― Esther Tapia}. */
  static final Pattern DASH_CREDIT =
      Pattern.compile("^\\s*[―—–]\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})");

  /** A transcript label opening a quotation: {@code PENCE: Well, look}. */
  static final Pattern LABEL = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}.'’-]+):");

  static final Pattern ACCORDING_TO =
      Pattern.compile("^[,\\s]*according to (" + SPEAKER_GREEDY + ")(?=\\s*[,;]|\\.\\s|\\.$|$)");

  /** How a speaker phrase after its verb starts: a capital, a determiner or a pronoun. */
  static final Pattern OPENS_NOUN_PHRASE =
      Pattern.compile("\\p{Lu}|(?:the|a|an|one|another|he|she|they|we|it|its|his|her)\\b");

  static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|we|i|it");

  /** Lower-case words that may stand at the start of a speaker phrase, to be dropped. */
  static final Pattern LINKING = Pattern.compile("(?i)of|and|for|at|in|on|to|from|with");

  private static final Pattern DETERMINER =
      Pattern.compile("(?i)the|a|an|one|another|two|three|several|some|many|his|her|their|its");

  private static final Pattern ROLE =
      Pattern.compile(
          "(?i).*(man|woman|men|women|person|people|official|officials|secretary|minister"
              + "|president|governor|senator|nominee|candidate|adviser|advisor|leader|leaders"
              + "|source|sources|aide|aides|director|chief|chairman|chair|spokesperson|analyst"
              + "|analysts|expert|experts|official|ambassador|envoy|commander|general|admiral"
              + "|officer|officers|ministry|department|agency|campaign|committee|office|report"
              + "|statement|article|piece|study|poll|survey|website|group|groups|team|staff"
              + "|manager|strategist|operative|operatives|insider|insiders|member|members"
              + "|lawmaker|lawmakers|representative|mayor|attorney|lawyer|doctor|journalist"
              + "|reporter|editor|columnist|host|anchor|correspondent|counsel|counterpart)s?");

  /** Whether {@code word} is a role noun ("spokesman", "leader", "official"). */
  static boolean isRole(String word) {
    return ROLE.matcher(word).matches();
  }

  /** Whether {@code word} can stand inside a speaker noun phrase. */
  static boolean inNounPhrase(String word) {
    if (word.isEmpty()) {
      return false;
    }
    return Character.isUpperCase(word.codePointAt(0))
        || word.startsWith("(")
        || DETERMINER.matcher(word).matches()
        || LINKING.matcher(word).matches() && !word.equalsIgnoreCase("to")
        || ROLE.matcher(word).matches()
        || word.contains("-")
        || word.matches(
            "(?i)u\\.s\\.|former|senior|top|deputy|acting|chief|military|state|foreign"
                + "|iranian|american|democratic|republican|white|house|national|local|federal");
  }

  /** Words that end a speaker phrase when read backwards from the verb. */
  static final Pattern CLAUSE_WORD =
      Pattern.compile(
          "(?i)^(and|but|that|which|who|because|while|when|if|as|so|then|after|before|where"
              + "|said|says|told|also|however|meanwhile|instead|than|or|for|since|although)$");

  private SpeakerPatterns() {}
}
