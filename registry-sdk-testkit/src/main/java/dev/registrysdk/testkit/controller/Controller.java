package dev.registrysdk.testkit.controller;

import dev.registrysdk.testkit.server.TestkitInternal;

/**
 * A simulated cluster controller (the registry operator, the volume provisioner, the router, ODF's
 * bucket provisioner). It looks at the store and writes what the real controller would.
 */
@TestkitInternal
public interface Controller {

  /** Returns a short name for logs. */
  String name();

  /**
   * Brings the cluster one step closer to the state this controller wants. Called with the store lock
   * held, from whatever thread triggered it; it must not block.
   */
  void reconcile();
}
