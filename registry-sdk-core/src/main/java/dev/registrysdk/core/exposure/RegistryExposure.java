package dev.registrysdk.core.exposure;

import dev.registrysdk.api.error.ApiException;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.api.resource.ResourceKey;
import dev.registrysdk.core.apply.Resources;
import dev.registrysdk.core.cluster.ClusterObjects;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.api.model.RouteIngress;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageStatus;
import io.fabric8.openshift.client.OpenShiftClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads where the registry can be reached: its default route, the external host names the image
 * config reports, and its host name inside the cluster. Read-only.
 *
 * <pre>{@code
 * RegistryConfigurer.on(client).defaultRoute(true).apply().awaitReady(Duration.ofMinutes(10));
 * RegistryExposure exposure = RegistryExposure.of(client);
 * String host = exposure.awaitDefaultRouteHost(Duration.ofMinutes(2))
 *     .orElseThrow(() -> new IllegalStateException("the registry is not exposed"));
 * // podman login -u $(oc whoami) -p $(oc whoami -t) <host>
 * }</pre>
 *
 * <p>The operator creates the route {@value #DEFAULT_ROUTE} in {@code openshift-image-registry} some
 * time after {@code spec.defaultRoute} is set, so reading it right after an apply can find nothing;
 * {@link #awaitDefaultRouteHost(Duration)} watches until it appears. Each method reads the cluster
 * when called; a registry that is not exposed gives an empty result, never an exception, while a
 * read the cluster refuses, e.g. for lack of permission, raises an {@link ApiException}. Thread-safe.
 */
public final class RegistryExposure {

  /** The route the operator creates for {@code spec.defaultRoute: true}. */
  public static final String DEFAULT_ROUTE = RegistryObjects.DEFAULT_ROUTE;

  private static final ResourceKey ROUTE = ResourceKey.route(RegistryObjects.NAMESPACE, DEFAULT_ROUTE);

  private final OpenShiftClient client;
  private final Resources resources;

  private RegistryExposure(KubernetesClient client) {
    this.client = client.adapt(OpenShiftClient.class);
    this.resources = new Resources(client);
  }

  /** Reads through {@code client}. */
  public static RegistryExposure of(KubernetesClient client) {
    return new RegistryExposure(Objects.requireNonNull(client, "client"));
  }

  /**
   * The host of the route {@value #DEFAULT_ROUTE}, as {@code oc get route default-route -n
   * openshift-image-registry --template='{{ .spec.host }}'} prints it; empty when the registry has no
   * default route (yet).
   */
  public Optional<String> defaultRouteHost() {
    return host(resources.call(ROUTE, () -> client.routes().inNamespace(RegistryObjects.NAMESPACE).withName(DEFAULT_ROUTE).get()));
  }

  /**
   * The host of the route {@value #DEFAULT_ROUTE}, waiting up to {@code timeout} for the operator to
   * create it; empty if it did not appear in time. Watches the route; does not poll.
   */
  public Optional<String> awaitDefaultRouteHost(Duration timeout) {
    return host(resources.call(ROUTE, () -> {
      try {
        return client.routes().inNamespace(RegistryObjects.NAMESPACE).withName(DEFAULT_ROUTE)
            .waitUntilCondition(r -> host(r).isPresent(), timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (KubernetesClientTimeoutException e) {
        return null;
      }
    }));
  }

  /**
   * {@code status.externalRegistryHostnames} of {@code image.config.openshift.io/cluster}: the hosts
   * of the registry's routes, the default route first, and the host names set in
   * {@code spec.externalRegistryHostnames}; empty when the registry is not exposed.
   */
  public List<String> externalHostnames() {
    return status().map(ImageStatus::getExternalRegistryHostnames).map(List::copyOf).orElse(List.of());
  }

  /**
   * {@code status.internalRegistryHostname}, e.g. {@code image-registry.openshift-image-registry.svc:5000};
   * empty when the registry is not deployed.
   */
  public Optional<String> internalHostname() {
    return status().map(ImageStatus::getInternalRegistryHostname).filter(h -> !h.isEmpty());
  }

  private Optional<ImageStatus> status() {
    Image image = resources.call(ClusterObjects.IMAGE_CONFIG, () -> client.config().images().withName("cluster").get());
    return Optional.ofNullable(image).map(Image::getStatus);
  }

  private static Optional<String> host(Route route) {
    if (route == null) {
      return Optional.empty();
    }
    if (route.getSpec() != null && route.getSpec().getHost() != null && !route.getSpec().getHost().isEmpty()) {
      return Optional.of(route.getSpec().getHost());
    }
    if (route.getStatus() == null || route.getStatus().getIngress() == null) {
      return Optional.empty();
    }
    return route.getStatus().getIngress().stream().map(RouteIngress::getHost)
        .filter(h -> h != null && !h.isEmpty()).findFirst();
  }

  @Override
  public String toString() {
    return "RegistryExposure";
  }
}
