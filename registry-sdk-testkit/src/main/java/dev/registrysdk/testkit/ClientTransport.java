package dev.registrysdk.testkit;

import io.vertx.core.Vertx;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Vert.x instance shared by the fabric8 clients the testkit creates, instead of one per client
 * (starting and stopping Vert.x costs more than the rest of a client). It is closed a moment after the
 * last client is released, so clusters started one after another reuse it and a JVM can still exit.
 */
final class ClientTransport {

  private static final long GRACE_SECONDS = 2;
  private static final Object LOCK = new Object();
  private static final ScheduledExecutorService CLOSER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fake-openshift-client-transport");
    t.setDaemon(true);
    return t;
  });
  private static Vertx vertx;
  private static int users;
  private static ScheduledFuture<?> pendingClose;

  private ClientTransport() {
  }

  static Vertx acquire() {
    synchronized (LOCK) {
      if (pendingClose != null) {
        pendingClose.cancel(false);
        pendingClose = null;
      }
      if (vertx == null) {
        vertx = Vertx.vertx();
      }
      users++;
      return vertx;
    }
  }

  static void release() {
    synchronized (LOCK) {
      users--;
      if (users == 0 && vertx != null) {
        pendingClose = CLOSER.schedule(ClientTransport::closeIfUnused, GRACE_SECONDS, TimeUnit.SECONDS);
      }
    }
  }

  private static void closeIfUnused() {
    Vertx toClose;
    synchronized (LOCK) {
      if (users > 0 || vertx == null) {
        return;
      }
      toClose = vertx;
      vertx = null;
      pendingClose = null;
    }
    toClose.close();
  }
}
