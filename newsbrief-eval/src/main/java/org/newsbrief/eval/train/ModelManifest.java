package org.newsbrief.eval.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The small JSON manifest that ships beside every trained model (see STYLE.md, "Learned parts"):
 * what it was trained on, the command that made it, its seed, its dev scores and its cost.
 *
 * @param task the training task, e.g. "ner"
 * @param dataName the data set, e.g. "CoNLL-2003 English"
 * @param dataSplit the split trained on, e.g. "train"
 * @param dataSize how many examples (sentences, articles, clusters) the model saw
 * @param command the {@code newsbrief train ...} line that rebuilds the model
 * @param seed the random seed
 * @param dev dev scores, metric to value (fractions in [0, 1]); say in {@code notes} how chosen
 * @param date the training date, ISO {@code yyyy-mm-dd}
 * @param trainSeconds wall seconds the training took
 * @param notes free text: settings chosen, on what, and anything a reader must know
 */
public record ModelManifest(
    String task,
    String dataName,
    String dataSplit,
    long dataSize,
    String command,
    long seed,
    Map<String, Double> dev,
    String date,
    double trainSeconds,
    String notes) {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public ModelManifest {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(dataName, "dataName");
    Objects.requireNonNull(dataSplit, "dataSplit");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(notes, "notes");
    dev = Map.copyOf(new TreeMap<>(dev));
  }

  /** The manifest as JSON; {@code modelBytes} is the size of the model files it describes. */
  public String toJson(long modelBytes) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("task", task);
    ObjectNode data = root.putObject("data");
    data.put("name", dataName);
    data.put("split", dataSplit);
    data.put("size", dataSize);
    root.put("command", command);
    root.put("seed", seed);
    ObjectNode scores = root.putObject("dev");
    new TreeMap<>(dev).forEach(scores::put);
    root.put("date", date);
    root.put("train_s", Math.round(trainSeconds * 10) / 10.0);
    root.put("model_bytes", modelBytes);
    root.put("notes", notes);
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /**
   * Writes the manifest as {@code file}, giving the summed size of {@code modelFiles}.
   *
   * @throws IOException when a model file cannot be read or the manifest cannot be written
   */
  public void write(Path file, Path... modelFiles) throws IOException {
    long bytes = 0;
    for (Path model : modelFiles) {
      bytes += Files.size(model);
    }
    Files.writeString(file, toJson(bytes), StandardCharsets.UTF_8);
  }
}
