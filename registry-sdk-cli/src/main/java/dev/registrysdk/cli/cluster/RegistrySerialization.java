package dev.registrysdk.cli.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.openshift.api.model.Route;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.config.v1.ClusterVersion;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageDigestMirrorSet;
import io.fabric8.openshift.api.model.config.v1.ImageTagMirrorSet;
import io.fabric8.openshift.api.model.config.v1.Infrastructure;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ImagePruner;
import io.fabric8.openshift.api.model.operator.v1.IngressController;
import io.fabric8.openshift.api.model.operator.v1alpha1.ImageContentSourcePolicy;
import java.util.List;

/**
 * fabric8's serialization without its start-up scan: by default the first lookup of a kind loads
 * and instantiates every one of the ~3,000 resource classes on the classpath, the largest single
 * cost of a {@code registryctl} run. Here the kinds the registry touches are registered up front;
 * any other kind is looked up in a full scan on first use, so nothing resolves differently, it is
 * only paid for when needed.
 *
 * <p>One instance serves every client of the process ({@link #shared()}): Jackson builds its
 * serialisers for a type once per mapper, so a {@code registryctl} daemon reuses them from run to run.
 * It holds no cluster or credential, and its registry of kinds is a concurrent map.
 */
final class RegistrySerialization extends KubernetesSerialization {

  private static final List<Class<? extends KubernetesResource>> KINDS = List.of(
      Config.class, ImagePruner.class, ClusterOperator.class, ClusterVersion.class, Infrastructure.class, Image.class,
      IngressController.class, ImageDigestMirrorSet.class, ImageTagMirrorSet.class, ImageContentSourcePolicy.class,
      Route.class, Secret.class, ConfigMap.class, PersistentVolumeClaim.class, StorageClass.class, Namespace.class,
      ServiceAccount.class, RoleBinding.class, ClusterRoleBinding.class, Status.class);

  private static final class Shared {
    static final RegistrySerialization INSTANCE = new RegistrySerialization();
  }

  private volatile KubernetesSerialization everyKind;

  /** The process's instance, made on first use. */
  static RegistrySerialization shared() {
    return Shared.INSTANCE;
  }

  RegistrySerialization() {
    super(new ObjectMapper(), false);
    KINDS.forEach(this::registerKubernetesResource);
  }

  @Override
  public Class<? extends KubernetesResource> getRegisteredKubernetesResource(String apiVersion, String kind) {
    Class<? extends KubernetesResource> type = super.getRegisteredKubernetesResource(apiVersion, kind);
    if (type == null) {
      type = everyKind().getRegisteredKubernetesResource(apiVersion, kind);
      if (type != null) {
        registerKubernetesResource(type);
      }
    }
    return type;
  }

  private KubernetesSerialization everyKind() {
    KubernetesSerialization scan = everyKind;
    if (scan == null) {
      synchronized (this) {
        if (everyKind == null) {
          everyKind = new KubernetesSerialization();
        }
        scan = everyKind;
      }
    }
    return scan;
  }
}
