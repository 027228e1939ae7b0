import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the AEB dev pages into one gzipped WARC, {@code copies} times over, with a PNG record
 * after each page, for timing {@code newsbrief ingest} on an archive. Not part of the build.
 * Usage: java -cp JARS MakeAebWarc.java AEB_DIR OUT.warc.gz COPIES
 */
public class MakeAebWarc {
  public static void main(String[] args) throws Exception {
    Path aeb = Path.of(args[0]);
    int copies = Integer.parseInt(args[2]);
    JsonNode truth = new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile());
    try (WarcWriter out =
        new WarcWriter(
            FileChannel.open(
                Path.of(args[1]),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      for (int c = 0; c < copies; c++) {
        for (String id : Files.readAllLines(aeb.resolve("ids.txt"))) {
          byte[] html;
          try (GZIPInputStream in =
              new GZIPInputStream(Files.newInputStream(aeb.resolve("html/" + id + ".html.gz")))) {
            html = in.readAllBytes();
          }
          String url = truth.get(id).get("url").asText() + "#copy" + c;
          out.write(response(url, "text/html; charset=utf-8", html));
          out.write(response(url + "/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N'}));
        }
      }
    }
  }

  static WarcResponse response(String url, String type, byte[] body) throws Exception {
    return new WarcResponse.Builder(url)
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build())
        .build();
  }
}
