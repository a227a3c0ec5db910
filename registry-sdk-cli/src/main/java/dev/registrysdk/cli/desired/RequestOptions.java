package dev.registrysdk.cli.desired;

import dev.registrysdk.api.RequestLimits;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Limits on concurrent pulls and pushes ({@code spec.requests}). */
public final class RequestOptions implements ConfigurerOptions {

  @Option(names = "--read-max-running", paramLabel = "N", description = "Concurrent pulls served; 0 means no limit.")
  Integer readMaxRunning;

  @Option(names = "--read-max-in-queue", paramLabel = "N", description = "Pulls that may wait in the queue.")
  Integer readMaxInQueue;

  @Option(names = "--read-max-wait-in-queue", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long a pull may wait in the queue, e.g. 30s.")
  Duration readMaxWaitInQueue;

  @Option(names = "--write-max-running", paramLabel = "N", description = "Concurrent pushes served; 0 means no limit.")
  Integer writeMaxRunning;

  @Option(names = "--write-max-in-queue", paramLabel = "N", description = "Pushes that may wait in the queue.")
  Integer writeMaxInQueue;

  @Option(names = "--write-max-wait-in-queue", paramLabel = "DURATION", converter = Converters.GoDurations.class,
      description = "How long a push may wait in the queue, e.g. 30s.")
  Duration writeMaxWaitInQueue;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    if (readMaxRunning != null || readMaxInQueue != null || readMaxWaitInQueue != null) {
      c = c.readRequests(limits(readMaxRunning, readMaxInQueue, readMaxWaitInQueue));
    }
    if (writeMaxRunning != null || writeMaxInQueue != null || writeMaxWaitInQueue != null) {
      c = c.writeRequests(limits(writeMaxRunning, writeMaxInQueue, writeMaxWaitInQueue));
    }
    return c;
  }

  private static RequestLimits limits(Integer maxRunning, Integer maxInQueue, Duration maxWait) {
    RequestLimits limits = RequestLimits.create();
    if (maxRunning != null) {
      limits = limits.maxRunning(maxRunning);
    }
    if (maxInQueue != null) {
      limits = limits.maxInQueue(maxInQueue);
    }
    if (maxWait != null) {
      limits = limits.maxWaitInQueue(maxWait);
    }
    return limits;
  }
}
