package dev.registrysdk.testkit.server;

import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;

/**
 * The fake API server: fabric8's {@link MockWebServer} (HTTP/1.1 and WebSocket on Vert.x) with this
 * package's dispatcher in front of an {@link ObjectApi}.
 */
@TestkitInternal
public final class ApiServer implements AutoCloseable {

  /** MockWebServer logs every request at INFO through java.util.logging; keep it to warnings. */
  private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG =
      java.util.logging.Logger.getLogger(MockWebServer.class.getName());

  static {
    MOCK_WEB_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final MockWebServer web = new MockWebServer();
  private final ObjectApi api;
  private final ApiHooks hooks;
  private final java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
  private volatile String address = "127.0.0.1:0";

  /** Creates a server; it listens once {@link #start} is called. */
  public ApiServer(ObjectApi api, ApiHooks hooks) {
    this.api = api;
    this.hooks = hooks;
    web.setHttp2ClearTextEnabled(false);
  }

  /** Starts listening on a loopback port (0 picks a free one). */
  public void start(int port) {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    web.setDispatcher(new ApiDispatcher(api, hooks, "127.0.0.1:" + port, this::awaitReady, web::reset));
    web.start(loopback, port);
    address = loopback.getHostAddress() + ":" + web.getPort();
  }

  /** Lets requests through; until then they wait (the cluster is still booting). */
  public void open() {
    ready.countDown();
  }

  private void awaitReady() {
    try {
      if (!ready.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException("the fake cluster did not finish booting in 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Returns the port. */
  public int port() {
    return web.getPort();
  }

  /** Returns the base URL, e.g. {@code http://127.0.0.1:43123}. */
  public String url() {
    return "http://" + address;
  }

  @Override
  public void close() {
    ready.countDown();
    web.shutdown();
  }
}
