package org.newsbrief.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static InputStream gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  @Test
  void readsWhatItWrites() throws IOException {
    WordClusters clusters =
        new WordClusters(Map.of("kerry", new int[] {3, 17}, "zürich", new int[] {0, 42}), 2);

    WordClusters read = WordClusters.read(gzip(clusters.write()));

    assertThat(read.levels()).isEqualTo(2);
    assertThat(read.of("kerry")).containsExactly(3, 17);
    assertThat(read.of("zürich")).containsExactly(0, 42);
    assertThat(read.of("unknown")).isEmpty();
    assertThat(read.write()).isEqualTo(clusters.write());
  }

  @Test
  void rejectsRowsOfAnotherWidthAndIdsThatAreNotNumbers() {
    assertThatThrownBy(() -> WordClusters.read(gzip("a\t1\t2\nb\t3\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("malformed cluster line: b\t3");
    assertThatThrownBy(() -> WordClusters.read(gzip("a\t1\t2\n\nb\t3\t4\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("malformed cluster line: ");
    assertThatThrownBy(() -> WordClusters.read(gzip("a\t1\tx\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("malformed cluster id");
    assertThatThrownBy(() -> WordClusters.read(gzip("a\n")))
        .isInstanceOf(IOException.class)
        .hasMessage("malformed cluster line: a");
  }

  @Test
  void readsTheShippedClustersAsALineReaderDoes() throws IOException {
    Map<String, int[]> expected = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(NerTagger.class.getResourceAsStream(NerTagger.CLUSTERS)),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split("\t");
        int[] row = new int[parts.length - 1];
        for (int k = 0; k < row.length; k++) {
          row[k] = Integer.parseInt(parts[k + 1]);
        }
        expected.put(parts[0], row);
      }
    }
    WordClusters read;
    try (InputStream in = NerTagger.class.getResourceAsStream(NerTagger.CLUSTERS)) {
      read = WordClusters.read(in);
    }

    assertThat(expected).hasSizeGreaterThan(1000);
    expected.forEach((word, row) -> assertThat(read.of(word)).as(word).containsExactly(row));
    assertThat(read.write()).isEqualTo(new WordClusters(expected, read.levels()).write());
  }
}
