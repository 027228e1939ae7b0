package org.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StoriesCommandTest {
  private static final String PAGE =
      "<html><head><title>Council approves budget</title></head><body><article>"
          + "<h1>Council approves budget</h1><p>The city council approved the 2021 budget on"
          + " Monday after a long debate, the mayor said.</p><p>The budget raises spending on"
          + " schools and roads by four percent, officials said on Monday.</p></article></body>"
          + "</html>";

  @Test
  @Timeout(60)
  void fetchesAUrlRatherThanReadingItAsAPath() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/budget",
        exchange -> {
          byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/budget";
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();

      int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "stories", "--json", url);

      assertThat(code).as(err.toString()).isZero();
      assertThat(out.toString()).contains("\"source\" : \"" + url + "\"");
      assertThat(err.toString()).doesNotContain("no such file");
    } finally {
      server.stop(0);
    }
  }
}
