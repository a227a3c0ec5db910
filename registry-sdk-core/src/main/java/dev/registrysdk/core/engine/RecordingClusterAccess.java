package dev.registrysdk.core.engine;

import dev.registrysdk.api.error.ProvisioningException;
import dev.registrysdk.api.error.WaitTimeoutException;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.ChangeAction;
import dev.registrysdk.api.progress.ProgressEvent;
import dev.registrysdk.api.progress.ProgressListener;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.api.spi.ClusterAccess;
import dev.registrysdk.core.apply.Resources;
import dev.registrysdk.core.apply.UndoLog;
import dev.registrysdk.core.feature.DesiredObjects;
import dev.registrysdk.core.progress.Listeners;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** The {@link ClusterAccess} given to provisioning providers: every creation goes into the undo log. */
final class RecordingClusterAccess implements ClusterAccess {

  private final KubernetesClient client;
  private final Resources resources;
  private final UndoLog undo;
  private final ProgressListener listener;

  RecordingClusterAccess(KubernetesClient client, Resources resources, UndoLog undo, ProgressListener listener) {
    this.client = client;
    this.resources = resources;
    this.undo = undo;
    this.listener = listener;
  }

  @Override
  public Optional<GenericKubernetesResource> get(ResourceKey key) {
    return Optional.ofNullable(resources.call(key, () -> generic(key).get()));
  }

  @Override
  public GenericKubernetesResource create(GenericKubernetesResource object) {
    ResourceKey key = DesiredObjects.key(object);
    GenericKubernetesResource created = resources.call(key, () -> client.resource(object).create());
    String body = client.getKubernetesSerialization().asJson(object);
    Change change = Change.builder()
        .action(ChangeAction.CREATE)
        .target(key)
        .summary("provision " + key)
        .body(body)
        .displayBody(body)
        .build();
    undo.record(change, () -> resources.delete(key));
    Listeners.notify(listener, new ProgressEvent.ChangeApplied(change));
    return created;
  }

  @Override
  public GenericKubernetesResource await(
      ResourceKey key, Predicate<GenericKubernetesResource> until, Duration timeout, String description) {
    Listeners.notify(listener, new ProgressEvent.Provisioning("waiting for " + description));
    CompletableFuture<GenericKubernetesResource> done = new CompletableFuture<>();
    AtomicReference<GenericKubernetesResource> last = new AtomicReference<>();
    ResourceEventHandler<GenericKubernetesResource> handler = new ResourceEventHandler<>() {
      @Override
      public void onAdd(GenericKubernetesResource obj) {
        test(obj);
      }

      @Override
      public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
        test(newObj);
      }

      @Override
      public void onDelete(GenericKubernetesResource obj, boolean unknown) {
        last.set(null);
      }

      private void test(GenericKubernetesResource obj) {
        last.set(obj);
        try {
          if (until.test(obj)) {
            done.complete(obj);
          }
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
        }
      }
    };
    SharedIndexInformer<GenericKubernetesResource> informer = generic(key).inform(handler, 0);
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      GenericKubernetesResource seen = last.get();
      throw new WaitTimeoutException(description, timeout, seen == null ? key + " does not exist" : status(seen));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new ProvisioningException("Waiting for " + description + " failed: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitTimeoutException(description, timeout, "interrupted");
    } finally {
      informer.close();
    }
  }

  private static String status(GenericKubernetesResource object) {
    Object status = object.getAdditionalProperties().get("status");
    return object.getKind() + " " + object.getMetadata().getName() + " with status " + (status == null ? "{}" : status);
  }

  private Resource<GenericKubernetesResource> generic(ResourceKey key) {
    var op = client.genericKubernetesResources(key.apiVersion(), key.kind());
    return key.namespace().isPresent() ? op.inNamespace(key.namespace().get()).withName(key.name()) : op.withName(key.name());
  }

}
