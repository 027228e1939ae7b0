package org.newsbrief.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** One evaluation task: runs newsbrief and its peers on the same data. */
public interface EvalTask {
  /** The task name used on the command line, e.g. "summarize". */
  String name();

  /** One line saying what is measured and against which peers. */
  String description();

  /**
   * Runs the evaluation.
   *
   * @param data the data folder or file, as given by the user
   * @param options task-specific options ("words", "limit", "peers", ...), as strings
   * @throws IOException when the data cannot be read
   */
  EvalReport run(Path data, Map<String, String> options) throws IOException;
}
