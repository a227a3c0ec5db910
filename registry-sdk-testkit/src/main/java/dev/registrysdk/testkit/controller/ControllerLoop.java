package dev.registrysdk.testkit.controller;

import dev.registrysdk.testkit.server.ObjectStore;
import dev.registrysdk.testkit.server.TestkitInternal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the simulated controllers until the cluster settles: round after round, until a round writes
 * nothing. Called after each client write (before its answer goes out), when timers fire and on
 * demand.
 */
@TestkitInternal
public final class ControllerLoop {

  private static final Logger LOG = LoggerFactory.getLogger(ControllerLoop.class);
  private static final int MAX_ROUNDS = 25;

  private final ObjectStore store;
  private final List<Controller> controllers = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  /** Creates a loop over a store. */
  public ControllerLoop(ObjectStore store) {
    this.store = store;
  }

  /** Adds a controller; controllers run in the order added. */
  public void add(Controller controller) {
    controllers.add(controller);
  }

  /** Stops running controllers (the cluster is closing). */
  public void close() {
    closed = true;
  }

  /** Runs the controllers until a round changes nothing. */
  public void settle() {
    if (closed) {
      return;
    }
    store.lock().lock();
    try {
      for (int round = 0; round < MAX_ROUNDS; round++) {
        long before = store.resourceVersion();
        for (Controller controller : controllers) {
          try {
            controller.reconcile();
          } catch (RuntimeException e) {
            LOG.error("Simulated controller {} failed", controller.name(), e);
          }
        }
        if (store.resourceVersion() == before) {
          return;
        }
      }
      LOG.warn("Simulated controllers did not settle after {} rounds", MAX_ROUNDS);
    } finally {
      store.lock().unlock();
    }
  }
}
