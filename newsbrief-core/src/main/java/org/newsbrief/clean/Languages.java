package org.newsbrief.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text whose page declares none, by Apache OpenNLP's language detector and its
 * published model ({@code opennlp-models-langdetect} 1.3.0: 103 languages, trained on the Leipzig
 * corpora), loaded once on first use. Only the first 1,000 characters are read; a guess below a
 * confidence of 0.5, or from fewer than 40 letters, is no answer. OpenNLP names languages by ISO
 * 639-3; they are given as ISO 639-1 where one exists, like the declared tags.
 */
final class Languages {
  private static final String MODEL = "/langdetect-183.bin";
  private static final int MAX_CHARS = 1000;
  private static final int MIN_LETTERS = 40;
  static final double MIN_CONFIDENCE = 0.5;
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private Languages() {}

  /**
   * The model, loaded on first use and shared (an OpenNLP model is immutable); each thread gets its
   * own detector over it. Not a class-initialisation holder: a load that fails (an unreadable jar,
   * say) throws to its caller and is tried again on the next use, instead of leaving the class
   * unusable for the rest of a long-running process.
   */
  private static volatile @Nullable LanguageDetectorModel model;

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (Languages.class) {
        m = model;
        if (m == null) {
          m = load();
          model = m;
        }
      }
    }
    return m;
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("language model " + MODEL + " is not on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model", e);
    }
  }

  /** Loads the model now, if it is not loaded yet. */
  static void preload() {
    DETECTOR.get();
  }

  /** The ISO 639-1 code (else 639-3) of the language {@code paragraphs} are written in, or null. */
  static @Nullable String detect(List<String> paragraphs) {
    StringBuilder text = new StringBuilder();
    for (String p : paragraphs) {
      if (text.length() >= MAX_CHARS) {
        break;
      }
      text.append(p).append('\n');
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString();
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return null;
    }
    Language best = DETECTOR.get().predictLanguage(sample);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    String code = best.getLang();
    return TWO_LETTER.getOrDefault(code, code);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      codes.putIfAbsent(new Locale(two).getISO3Language(), two);
    }
    return Map.copyOf(codes);
  }
}
