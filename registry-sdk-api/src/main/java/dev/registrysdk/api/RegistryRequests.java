package dev.registrysdk.api;

import java.util.Optional;
import org.immutables.value.Value;

/** Limits on concurrent requests to the registry ({@code spec.requests}), for reads and writes. */
@Value.Immutable
public abstract class RegistryRequests {

  RegistryRequests() {}

  /** Limits of pulls. */
  public abstract Optional<RequestLimits> read();

  /** Limits of pushes. */
  public abstract Optional<RequestLimits> write();

  /** No limits set. */
  public static RegistryRequests none() {
    return ImmutableRegistryRequests.builder().build();
  }

  /** A copy with read limits. */
  public RegistryRequests read(RequestLimits limits) {
    return ImmutableRegistryRequests.builder().from(this).read(limits).build();
  }

  /** A copy with write limits. */
  public RegistryRequests write(RequestLimits limits) {
    return ImmutableRegistryRequests.builder().from(this).write(limits).build();
  }
}
