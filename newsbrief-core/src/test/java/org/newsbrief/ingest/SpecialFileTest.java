package org.newsbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Pipes, devices and sockets given directly are refused by name instead of hanging the run. */
class SpecialFileTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesANamedPipeAndGoesOn() throws Exception {
    Path pipe = dir.resolve("p.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    Path good = Files.writeString(dir.resolve("good.txt"), "A real article.");

    IngestResult result = new Ingester().ingest(List.of(pipe.toString(), good.toString()));

    assertThat(result.documents()).hasSize(1);
    assertThat(result.problems()).hasSize(1);
    assertThat(result.problems().get(0).input()).isEqualTo(pipe.toString());
    assertThat(result.problems().get(0).message())
        .isEqualTo("not a regular file (a named pipe); give a file or a folder");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void refusesADeviceAndASocket() throws IOException {
    Path device = Path.of("/dev/zero");
    assumeTrue(Files.exists(device));
    Path socket = dir.resolve("s.txt");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      IngestResult result = new Ingester().ingest(List.of(device.toString(), socket.toString()));

      assertThat(result.documents()).isEmpty();
      assertThat(result.problems())
          .extracting(p -> p.message())
          .containsExactly(
              "not a regular file (a character device); give a file or a folder",
              "not a regular file (a socket); give a file or a folder");
    }
  }
}
