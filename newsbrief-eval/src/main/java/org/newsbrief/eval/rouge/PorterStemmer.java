package org.newsbrief.eval.rouge;

/**
 * The original Porter stemmer, as ROUGE-1.5.5 applies it with {@code -m}: only to tokens longer
 * than three characters. Backed by the Snowball "porter" implementation shipped with Lucene.
 */
final class PorterStemmer {
  private static final ThreadLocal<org.tartarus.snowball.ext.PorterStemmer> STEMMER =
      ThreadLocal.withInitial(org.tartarus.snowball.ext.PorterStemmer::new);

  private PorterStemmer() {}

  static String stem(String token) {
    if (token.length() <= 3) {
      return token;
    }
    org.tartarus.snowball.ext.PorterStemmer s = STEMMER.get();
    s.setCurrent(token);
    s.stem();
    return s.getCurrent();
  }
}
