package org.newsbrief.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body as it streams in, up to a cap. Past the cap it cancels the stream and
 * either fails with {@link TooLarge} (pages) or keeps the first {@code cap} bytes (robots.txt, of
 * which RFC 9309 asks crawlers to read at least 500 KiB). Memory use is bounded by the cap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** The body was longer than the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long cap) {
      super("body is over the cap of " + cap + " bytes");
    }
  }

  private final long cap;
  private final boolean truncate;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.@Nullable Subscription subscription;

  CappedBody(long cap, boolean truncate) {
    this.cap = cap;
    this.truncate = truncate;
  }

  /** A subscriber that refuses at once, for a body whose declared length is over the cap. */
  static CappedBody refused(long cap) {
    CappedBody body = new CappedBody(cap, false);
    body.result.completeExceptionally(new TooLarge(cap));
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    Flow.Subscription s = subscription;
    if (s == null || result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      if (bytes.size() + (long) n > cap) {
        if (truncate) {
          byte[] chunk = new byte[(int) (cap - bytes.size())];
          buffer.get(chunk);
          bytes.write(chunk, 0, chunk.length);
          result.complete(bytes.toByteArray());
        } else {
          result.completeExceptionally(new TooLarge(cap));
        }
        s.cancel();
        return;
      }
      byte[] chunk = new byte[n];
      buffer.get(chunk);
      bytes.write(chunk, 0, n);
    }
    s.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
