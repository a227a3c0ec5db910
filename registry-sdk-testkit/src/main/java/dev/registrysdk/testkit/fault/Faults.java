package dev.registrysdk.testkit.fault;

import dev.registrysdk.testkit.odf.ObcBehavior;
import dev.registrysdk.testkit.odf.ObcProvisioner;
import dev.registrysdk.testkit.operator.OperatorFaultState;
import dev.registrysdk.testkit.requests.ApiCall;
import dev.registrysdk.testkit.server.ApiHooks;
import dev.registrysdk.testkit.server.Json;
import dev.registrysdk.testkit.server.Responses;
import dev.registrysdk.testkit.server.Statuses;
import dev.registrysdk.testkit.server.TestkitInternal;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Injects faults into a fake cluster: error answers (409, 5xx, 429) on matching requests, latency,
 * and misbehaviour of the simulated operator and bucket provisioner.
 *
 * <p>Requests are matched by HTTP method and resource (plural), e.g. {@code ("PATCH", "configs")};
 * {@code "*"} matches any. Each call adds a rule; rules are checked in the order added and the first
 * that fires answers the request. Only requests that arrive over HTTP are affected.
 *
 * <pre>{@code
 * cluster.faults().conflictOnNext("PATCH", "configs");          // the next PATCH of a Config gets 409
 * cluster.faults().failNth(3, "GET", "secrets", 503);            // the third GET of a secret gets 503
 * cluster.faults().failRandomly("*", "*", 500, 0.1, 42L);        // 10 % of all requests, seeded
 * cluster.faults().latency("*", "*", Duration.ofMillis(200));    // every answer 200 ms late
 * cluster.faults().operatorDegraded("ProgressDeadlineExceeded", "Registry deployment has timed out progressing");
 * cluster.faults().clear();
 * }</pre>
 *
 * <p>Thread-safe. Changes to operator faults take effect at the operator's next sync, which this
 * class triggers at once.
 */
public final class Faults {

  private interface Rule {
    MockResponse apply(ApiCall call);
  }

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final List<LatencyRule> latencies = new CopyOnWriteArrayList<>();
  private final OperatorFaultState operator;
  private final ObcProvisioner provisioner;
  private final Runnable resync;

  private record LatencyRule(String method, String resource, Duration delay) {
  }

  /**
   * Creates the fault injector of a cluster.
   *
   * @param operator the operator's fault state
   * @param provisioner the bucket provisioner
   * @param resync runs the simulated controllers (after a fault changes their behaviour)
   */
  @TestkitInternal
  public Faults(OperatorFaultState operator, ObcProvisioner provisioner, Runnable resync) {
    this.operator = operator;
    this.provisioner = provisioner;
    this.resync = resync;
  }

  /** Answers the next matching request with 409 Conflict (optimistic-concurrency wording). */
  public Faults conflictOnNext(String method, String resource) {
    return failNth(1, method, resource, 409);
  }

  /** Answers the next matching request with the given error code. */
  public Faults failNext(String method, String resource, int code) {
    return failNth(1, method, resource, code);
  }

  /**
   * Answers the {@code n}-th matching request from now (1 = the next) with the given error code; the
   * rule then expires.
   */
  public Faults failNth(int n, String method, String resource, int code) {
    if (n < 1) {
      throw new IllegalArgumentException("n counts from 1, got " + n);
    }
    checkCode(code);
    int[] seen = {0};
    boolean[] done = {false};
    rules.add(call -> {
      synchronized (seen) {
        if (done[0] || !matches(call, method, resource)) {
          return null;
        }
        if (++seen[0] == n) {
          done[0] = true;
          return error(call, code);
        }
        return null;
      }
    });
    return this;
  }

  /** Answers every matching request with the given error code until {@link #clear()}. */
  public Faults failAlways(String method, String resource, int code) {
    checkCode(code);
    rules.add(call -> matches(call, method, resource) ? error(call, code) : null);
    return this;
  }

  /**
   * Answers a random share of the matching requests with the given error code, from a seeded random
   * source so runs repeat.
   *
   * @param rate between 0 and 1
   */
  public Faults failRandomly(String method, String resource, int code, double rate, long seed) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("rate must be between 0 and 1, got " + rate);
    }
    checkCode(code);
    Random random = new Random(seed);
    rules.add(call -> {
      if (!matches(call, method, resource)) {
        return null;
      }
      synchronized (random) {
        return random.nextDouble() < rate ? error(call, code) : null;
      }
    });
    return this;
  }

  /** Delays the answers to matching requests (not WebSocket watches). */
  public Faults latency(String method, String resource, Duration delay) {
    Objects.requireNonNull(delay, "delay");
    latencies.add(new LatencyRule(method, resource, delay));
    return this;
  }

  /** Delays every answer. */
  public Faults latency(Duration delay) {
    return latency("*", "*", delay);
  }

  /** The registry Deployment never finishes rolling out: Progressing stays True. */
  public Faults operatorStuckProgressing() {
    operator.stuckProgressing(true);
    resync.run();
    return this;
  }

  /** The operator reports {@code Degraded=True} with reason {@code Unavailable} and the given message. */
  public Faults operatorDegraded(String message) {
    return operatorDegraded("Unavailable", message);
  }

  /** The operator reports {@code Degraded=True} with the given reason and message. */
  public Faults operatorDegraded(String reason, String message) {
    operator.degraded(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(message, "message"));
    resync.run();
    return this;
  }

  /** ObjectBucketClaims are never bound from now on; they stay Pending. */
  public Faults obcNeverBound() {
    provisioner.behavior(ObcBehavior.PENDING);
    return this;
  }

  /** New ObjectBucketClaims go to phase Lost. */
  public Faults obcLost() {
    provisioner.behavior(ObcBehavior.LOST);
    return this;
  }

  /**
   * Removes every fault: request rules, latencies, operator faults; bucket claims behave again as the
   * cluster was built ({@code withOdf(..)}).
   */
  public Faults clear() {
    rules.clear();
    latencies.clear();
    operator.clear();
    provisioner.reset();
    resync.run();
    return this;
  }

  /** Returns the hooks the dispatcher calls. */
  @TestkitInternal
  public ApiHooks hooks(ApiHooks next) {
    return new ApiHooks() {
      @Override
      public MockResponse intercept(ApiCall call) {
        for (Rule rule : rules) {
          MockResponse response = rule.apply(call);
          if (response != null) {
            return response;
          }
        }
        return next.intercept(call);
      }

      @Override
      public Duration latency(ApiCall call) {
        Duration total = next.latency(call);
        for (LatencyRule rule : latencies) {
          if (matches(call, rule.method(), rule.resource())) {
            total = total.plus(rule.delay());
          }
        }
        return total;
      }

      @Override
      public void answered(ApiCall call) {
        next.answered(call);
      }

      @Override
      public void afterWrite() {
        next.afterWrite();
      }
    };
  }

  private static boolean matches(ApiCall call, String method, String resource) {
    return ("*".equals(method) || call.method().equalsIgnoreCase(method))
        && ("*".equals(resource) || call.resource().equals(resource));
  }

  private static void checkCode(int code) {
    if (code < 400 || code > 599) {
      throw new IllegalArgumentException("an injected fault needs an error code (400-599), got " + code);
    }
  }

  private static MockResponse error(ApiCall call, int code) {
    String resource = call.group().isEmpty() ? call.resource() : call.resource() + "." + call.group();
    String name = call.name();
    MockResponse response = switch (code) {
      case 409 -> Responses.json(409, Json.toTree(Statuses.of(409, "Conflict", "Operation cannot be fulfilled on "
          + resource + " \"" + name + "\": the object has been modified; please apply your changes to the latest"
          + " version and try again").status()));
      case 429 -> Responses.json(429, Json.toTree(Statuses.of(429, "TooManyRequests", "the server has received too"
          + " many requests and has asked us to try again later").status())).setHeader("Retry-After", "1");
      case 503 -> Responses.json(503, Json.toTree(Statuses.of(503, "ServiceUnavailable", "the server is currently"
          + " unable to handle the request").status()));
      case 504 -> Responses.json(504, Json.toTree(Statuses.of(504, "Timeout", "the server was unable to return a"
          + " response in the time allotted, but may still be processing the request").status()));
      case 403 -> Responses.json(403, Json.toTree(Statuses.of(403, "Forbidden", resource + " \"" + name
          + "\" is forbidden: injected fault").status()));
      case 404 -> Responses.json(404, Json.toTree(Statuses.of(404, "NotFound", resource + " \"" + name
          + "\" not found").status()));
      default -> Responses.json(code, Json.toTree(Statuses.of(code, code >= 500 ? "InternalError" : "BadRequest",
          code >= 500 ? "Internal error occurred: injected fault" : "injected fault").status()));
    };
    return response;
  }
}
