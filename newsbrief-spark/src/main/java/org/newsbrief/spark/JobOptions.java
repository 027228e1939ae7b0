package org.newsbrief.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsbrief.BriefingOptions;

/**
 * The job's command line: {@code --input PATH} (repeatable; JSONL files or folders of them, WARC
 * files), {@code --output DIR}, {@code --words N}, {@code --max-bytes N} (larger records fail).
 *
 * @param inputs Hadoop-compatible input paths (file:, hdfs:, s3a:)
 * @param output the output folder
 * @param words summary length per story; {@link BriefingOptions#STORY_WORDS} (the default, 0) grows
 *     it with the story as a single-machine briefing does
 * @param maxRecordBytes the size above which a record is reported and skipped
 */
record JobOptions(List<String> inputs, String output, int words, int maxRecordBytes)
    implements Serializable {
  static final int DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024;

  JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty() || output.isBlank() || words < 0 || maxRecordBytes <= 0) {
      throw new IllegalArgumentException(
          "usage: BriefingJob --input PATH [--input PATH ...] --output DIR [--words N]"
              + " [--max-bytes N]");
    }
  }

  static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = "";
    int words = BriefingOptions.STORY_WORDS;
    int maxBytes = DEFAULT_MAX_RECORD_BYTES;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--input" -> inputs.add(args[i + 1]);
        case "--output" -> output = args[i + 1];
        case "--words" -> words = Integer.parseInt(args[i + 1]);
        case "--max-bytes" -> maxBytes = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
    }
    return new JobOptions(inputs, output, words, maxBytes);
  }

  BriefingOptions briefingOptions() {
    return new BriefingOptions(words, 0);
  }
}
