package dev.registrysdk.api;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Limits on concurrent read or write requests to the registry ({@code spec.requests.read} or
 * {@code spec.requests.write}). Zero means unlimited; the operator rejects negative values.
 */
@Value.Immutable
public abstract class RequestLimits {

  RequestLimits() {}

  /** Requests served at once. */
  public abstract Optional<Integer> maxRunning();

  /** Requests queued beyond {@link #maxRunning()}. */
  public abstract Optional<Integer> maxInQueue();

  /** How long a request may wait in the queue before it is refused. */
  public abstract Optional<Duration> maxWaitInQueue();

  /** Limits with nothing set. */
  public static RequestLimits create() {
    return ImmutableRequestLimits.builder().build();
  }

  /** A copy with {@code maxRunning} set. */
  public RequestLimits maxRunning(int maxRunning) {
    return ImmutableRequestLimits.builder().from(this).maxRunning(maxRunning).build();
  }

  /** A copy with {@code maxInQueue} set. */
  public RequestLimits maxInQueue(int maxInQueue) {
    return ImmutableRequestLimits.builder().from(this).maxInQueue(maxInQueue).build();
  }

  /** A copy with {@code maxWaitInQueue} set. */
  public RequestLimits maxWaitInQueue(Duration maxWaitInQueue) {
    return ImmutableRequestLimits.builder().from(this).maxWaitInQueue(maxWaitInQueue).build();
  }
}
