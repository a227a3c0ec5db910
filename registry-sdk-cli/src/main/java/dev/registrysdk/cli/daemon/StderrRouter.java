package dev.registrysdk.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code System.err} of the daemon: what a thread writes while it runs a request (the SDK's warnings
 * through SLF4J, as a run in its own process would print them) goes to that request's standard
 * error; everything else to the daemon's log, where {@code System.err} went before.
 */
final class StderrRouter extends OutputStream {

  private static final ThreadLocal<OutputStream> ROUTE = new ThreadLocal<>();
  private static boolean installed;

  private final OutputStream log;

  private StderrRouter(OutputStream log) {
    this.log = log;
  }

  /** Makes {@code System.err} route by thread; once per process. */
  static synchronized void install() {
    if (!installed) {
      System.setErr(new PrintStream(new StderrRouter(System.err), true));
      installed = true;
    }
  }

  /** Sends what this thread writes to {@code System.err} to {@code target}, until {@link #unroute()}. */
  static void route(OutputStream target) {
    ROUTE.set(target);
  }

  /** Sends this thread's writes to the log again. */
  static void unroute() {
    ROUTE.remove();
  }

  @Override
  public void write(int b) throws IOException {
    target().write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    target().write(bytes, offset, length);
  }

  @Override
  public void flush() throws IOException {
    target().flush();
  }

  private OutputStream target() {
    OutputStream route = ROUTE.get();
    return route != null ? route : log;
  }
}
