package dev.registrysdk.testkit.junit;

import dev.registrysdk.testkit.FakeOpenShift;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A cluster kept in an {@link ExtensionContext.Store}, which JUnit closes with the store: JUnit 5.13 and
 * later close stored {@link AutoCloseable} values (unless {@code
 * junit.jupiter.extensions.store.close.autocloseable.enabled=false}); earlier 5.x releases, and 5.13 with
 * that switch off, close {@link ExtensionContext.Store.CloseableResource} values. Closing is idempotent,
 * so a release that honours both closes the cluster once.
 */
// CloseableResource is deprecated since JUnit 5.13 in favour of AutoCloseable, but it is the only type
// that JUnit before 5.13, or 5.13 with auto-closing turned off, closes; implementing it keeps clusters
// from leaking there.
@SuppressWarnings("deprecation")
final class StoredCluster implements AutoCloseable, ExtensionContext.Store.CloseableResource {

  private final FakeOpenShift cluster;

  StoredCluster(FakeOpenShift cluster) {
    this.cluster = cluster;
  }

  FakeOpenShift cluster() {
    return cluster;
  }

  @Override
  public void close() {
    cluster.close();
  }
}
