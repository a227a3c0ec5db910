package dev.registrysdk.core.mirror;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.MirrorSourcePolicy;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.core.apply.Resources;
import dev.registrysdk.core.cluster.ClusterObjects;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.api.model.config.v1.ImageDigestMirrorSet;
import io.fabric8.openshift.api.model.config.v1.ImageTagMirrorSet;
import io.fabric8.openshift.api.model.operator.v1alpha1.ImageContentSourcePolicy;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the mirror sets and registry sources a cluster has, so that {@link RegistriesConf} can show
 * what its nodes have now, or will have with more sets.
 *
 * <pre>{@code
 * RegistriesConf now = ClusterMirrorSets.registriesConf(client);
 * RegistriesConf after = ClusterMirrorSets.registriesConf(client, List.of(myMirrorSet));
 * after.pullSources("quay.io/openshift-release-dev/ocp-release@sha256:...");
 * }</pre>
 *
 * <p>Kinds the cluster does not serve read as empty. Reads on each call; thread-safe.
 */
public final class ClusterMirrorSets {

  private ClusterMirrorSets() {}

  /** Every ImageDigestMirrorSet, ImageTagMirrorSet and ImageContentSourcePolicy, as mirror sets. */
  public static List<MirrorSet> read(KubernetesClient client) {
    OpenShiftClient oc = client.adapt(OpenShiftClient.class);
    List<MirrorSet> sets = new ArrayList<>();
    for (ImageDigestMirrorSet idms : list(() -> oc.config().imageDigestMirrorSets().list().getItems())) {
      MirrorSet set = MirrorSet.digest(idms.getMetadata().getName());
      if (idms.getSpec() != null) {
        for (var rule : idms.getSpec().getImageDigestMirrors()) {
          set = set.mirror(rule(rule.getSource(), rule.getMirrors(), rule.getMirrorSourcePolicy()));
        }
      }
      sets.add(set);
    }
    for (ImageTagMirrorSet itms : list(() -> oc.config().imageTagMirrorSets().list().getItems())) {
      MirrorSet set = MirrorSet.tag(itms.getMetadata().getName());
      if (itms.getSpec() != null) {
        for (var rule : itms.getSpec().getImageTagMirrors()) {
          set = set.mirror(rule(rule.getSource(), rule.getMirrors(), rule.getMirrorSourcePolicy()));
        }
      }
      sets.add(set);
    }
    for (ImageContentSourcePolicy icsp : list(() -> oc.operator().imageContentSourcePolicies().list().getItems())) {
      MirrorSet set = MirrorSet.digest(icsp.getMetadata().getName()).asContentSourcePolicy();
      if (icsp.getSpec() != null) {
        for (var rule : icsp.getSpec().getRepositoryDigestMirrors()) {
          set = set.mirror(rule(rule.getSource(), rule.getMirrors(), null));
        }
      }
      sets.add(set);
    }
    return sets;
  }

  /** The {@code registries.conf} the cluster's nodes get from what it has now. */
  public static RegistriesConf registriesConf(KubernetesClient client) {
    return registriesConf(client, List.of());
  }

  /**
   * The {@code registries.conf} the cluster's nodes get once {@code sets} are applied too; a set
   * replaces the cluster's object of the same kind and name.
   */
  public static RegistriesConf registriesConf(KubernetesClient client, List<MirrorSet> sets) {
    Map<String, MirrorSet> byObject = read(client).stream()
        .collect(Collectors.toMap(ClusterMirrorSets::identity, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    sets.forEach(set -> byObject.put(identity(set), set));
    Image image = new Resources(client).call(ClusterObjects.IMAGE_CONFIG,
        () -> client.adapt(OpenShiftClient.class).config().images().withName("cluster").get());
    io.fabric8.openshift.api.model.config.v1.RegistrySources sources = image == null || image.getSpec() == null ? null : image.getSpec().getRegistrySources();
    RegistrySources lists = RegistrySources.replacing();
    if (sources != null) {
      lists = lists.blockedRegistries(sources.getBlockedRegistries())
          .insecureRegistries(sources.getInsecureRegistries())
          .containerRuntimeSearchRegistries(sources.getContainerRuntimeSearchRegistries());
    }
    return RegistriesConf.of(new ArrayList<>(byObject.values()), lists);
  }

  private static String identity(MirrorSet set) {
    return set.type() + (set.contentSourcePolicy() ? "/policy/" : "/set/") + set.name();
  }

  private static SourceMirrors rule(String source, @Nullable List<String> mirrors, @Nullable String policy) {
    SourceMirrors rule = SourceMirrors.of(source, mirrors == null ? List.of() : mirrors);
    return policy == null ? rule : MirrorSourcePolicy.fromWireValue(policy).map(rule::mirrorSourcePolicy).orElse(rule);
  }

  private static <T> List<T> list(Supplier<List<T>> read) {
    try {
      return read.get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return List.of();
      }
      throw e;
    }
  }
}
