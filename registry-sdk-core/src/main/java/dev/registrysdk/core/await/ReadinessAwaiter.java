package dev.registrysdk.core.await;

import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.progress.Listeners;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.client.OpenShiftClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Waits for the registry to become ready by watching the Config and ClusterOperator
 * {@code image-registry}: no polling, no sleeps. Each change is evaluated by
 * {@link ReadinessEvaluator}; ready must hold for a settle window before it counts, so a
 * momentary Available=True between two operator syncs is not mistaken for success. Any other
 * snapshot inside the window restarts it; a wait that ends inside the window reports PROGRESSING
 * with reason {@code NotSettled}, never READY.
 */
public final class ReadinessAwaiter {

  private final OpenShiftClient client;
  private final Duration settle;
  private final ProgressListener listener;
  private final ReadinessEvaluator evaluator = new ReadinessEvaluator();

  /** An awaiter that requires readiness to hold for {@code settle}. */
  public ReadinessAwaiter(KubernetesClient client, Duration settle, ProgressListener listener) {
    this.client = client.adapt(OpenShiftClient.class);
    this.settle = settle;
    this.listener = listener;
  }

  /**
   * Waits until the registry is ready at {@code targetGeneration} or later and has stayed ready for
   * the settle window, fails, or {@code timeout} passes; returns what was last observed (state
   * PROGRESSING after a timeout, reason {@code NotSettled} if it was ready for less than the window).
   * With a zero timeout it reads the state once, which counts as ready only without a settle window.
   */
  public Readiness await(long targetGeneration, Duration timeout) {
    long started = System.nanoTime();
    if (timeout.isZero()) {
      Readiness now = new SettleWindow(settle).outcome(now(targetGeneration), System.nanoTime());
      return now.observed(1, Duration.ofNanos(System.nanoTime() - started));
    }
    Watch watch = new Watch(targetGeneration);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "registry-sdk-settle");
      t.setDaemon(true);
      return t;
    });
    watch.scheduler = scheduler;
    SharedIndexInformer<Config> configs = null;
    SharedIndexInformer<ClusterOperator> operators = null;
    try {
      operators = client.config().clusterOperators().withName(RegistryObjects.CLUSTER_OPERATOR)
          .inform(handler(o -> watch.operator(Optional.ofNullable(o))), 0);
      configs = client.imageRegistryOperatorConfigs().withName(RegistryObjects.CONFIG_NAME)
          .inform(handler(watch::config), 0);
      Readiness result;
      try {
        result = watch.done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // Nothing reached the watch in time (a very short timeout): read the state directly.
        result = watch.observations() == 0 ? watch.outcome(now(targetGeneration)) : watch.outcome();
      } catch (ExecutionException e) {
        throw new IllegalStateException("Evaluating readiness failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        result = watch.outcome();
      }
      return result.observed(watch.observations(), Duration.ofNanos(System.nanoTime() - started));
    } finally {
      if (configs != null) {
        configs.close();
      }
      if (operators != null) {
        operators.close();
      }
      scheduler.shutdownNow();
    }
  }

  /** The readiness the cluster reports right now, read with two GETs instead of a watch. */
  private Readiness now(long targetGeneration) {
    Config config = client.imageRegistryOperatorConfigs().withName(RegistryObjects.CONFIG_NAME).get();
    if (config == null) {
      return Readiness.builder().state(ReadinessState.PROGRESSING).reason("ConfigNotFound")
          .message("configs.imageregistry.operator.openshift.io/cluster does not exist").generation(0).observedGeneration(0).build();
    }
    Optional<ClusterOperator> operator = Optional.ofNullable(
        client.config().clusterOperators().withName(RegistryObjects.CLUSTER_OPERATOR).get());
    return evaluator.evaluate(config, operator, targetGeneration);
  }

  private static <T> ResourceEventHandler<T> handler(Consumer<T> onChange) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        onChange.accept(obj);
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        onChange.accept(newObj);
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        onChange.accept(null);
      }
    };
  }

  /** The state of one wait; every method is synchronized because informers call from their own threads. */
  private final class Watch {
    final CompletableFuture<Readiness> done = new CompletableFuture<>();
    final long target;
    final SettleWindow window = new SettleWindow(settle);
    ScheduledExecutorService scheduler;
    Config config;
    Optional<ClusterOperator> operator = Optional.empty();
    Readiness last;
    int observations;

    Watch(long target) {
      this.target = target;
      this.last = Readiness.builder().state(ReadinessState.PROGRESSING).reason("NotObserved")
          .message("the registry's Config has not been observed yet").generation(0).observedGeneration(0).build();
    }

    synchronized void config(Config value) {
      config = value;
      evaluate();
    }

    synchronized void operator(Optional<ClusterOperator> value) {
      operator = value;
      if (config != null) {
        evaluate();
      }
    }

    /** The last snapshot, as the wait reports it if it ends now. */
    synchronized Readiness outcome() {
      return window.outcome(last, System.nanoTime());
    }

    /** A snapshot read outside the watch, as the wait reports it if it ends now. */
    synchronized Readiness outcome(Readiness read) {
      return window.outcome(read, System.nanoTime());
    }

    synchronized int observations() {
      return observations;
    }

    private void evaluate() {
      if (config == null) {
        last = Readiness.builder().state(ReadinessState.PROGRESSING).reason("ConfigNotFound")
            .message("configs.imageregistry.operator.openshift.io/cluster does not exist").generation(0).observedGeneration(0).build();
        window.observe(last, System.nanoTime());
        return;
      }
      observations++;
      last = evaluator.evaluate(config, operator, target);
      Listeners.notify(listener, new ProgressEvent.Waiting(last));
      if (last.state() == ReadinessState.FAILED) {
        done.complete(last);
        return;
      }
      long now = System.nanoTime();
      boolean started = window.observe(last, now);
      if (window.settled(now)) {
        done.complete(last);
      } else if (started) {
        scheduler.schedule(this::check, settle.toNanos(), TimeUnit.NANOSECONDS);
      }
    }

    /** Runs when a ready period may have lasted the window; a snapshot since then may have restarted it. */
    private synchronized void check() {
      if (window.settled(System.nanoTime())) {
        done.complete(last);
      }
    }
  }
}
