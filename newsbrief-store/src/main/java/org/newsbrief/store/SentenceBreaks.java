package org.newsbrief.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.List;
import org.newsbrief.analyze.SentenceSplitter;

/**
 * Sentence boundaries as the briefing's own {@link SentenceSplitter} finds them, so a snippet does
 * not end at "John F." or "U.S. officials" as the JDK's sentence instance does. Lines are split
 * first (an article body keeps one paragraph a line); boundaries are the offsets where each
 * sentence starts, plus the end of the text.
 */
final class SentenceBreaks extends BreakIterator {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int index;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder s = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      s.append(c);
    }
    bounds = boundaries(s.toString(), newText.getBeginIndex());
    index = 0;
  }

  /** Offsets (shifted by {@code base}) at which sentences start, then the end of {@code s}. */
  static int[] boundaries(String s, int base) {
    int[] out = new int[16];
    int n = 0;
    out[n++] = base;
    int line = 0;
    while (line < s.length()) {
      int eol = s.indexOf('\n', line);
      int end = eol < 0 ? s.length() : eol + 1;
      List<String> sentences = SPLITTER.split(s.substring(line, end));
      int pos = line;
      for (String sentence : sentences) {
        int at = s.indexOf(sentence, pos);
        if (at < 0 || at >= end) {
          break;
        }
        if (at > out[n - 1] - base) {
          out = n + 2 > out.length ? Arrays.copyOf(out, out.length * 2) : out;
          out[n++] = base + at;
        }
        pos = at + sentence.length();
      }
      line = end;
    }
    if (s.length() > out[n - 1] - base) {
      out = n + 1 > out.length ? Arrays.copyOf(out, n + 1) : out;
      out[n++] = base + s.length();
    }
    return Arrays.copyOf(out, n);
  }

  @Override
  public int first() {
    index = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    index = bounds.length - 1;
    return bounds[index];
  }

  @Override
  public int next(int n) {
    int target = index + n;
    if (target < 0 || target >= bounds.length) {
      index = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    index = target;
    return bounds[index];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] > offset) {
        index = i;
        return bounds[i];
      }
    }
    index = bounds.length - 1;
    return DONE;
  }

  @Override
  public int preceding(int offset) {
    for (int i = bounds.length - 1; i >= 0; i--) {
      if (bounds[i] < offset) {
        index = i;
        return bounds[i];
      }
    }
    index = 0;
    return DONE;
  }

  @Override
  public int current() {
    return bounds[index];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }
}
