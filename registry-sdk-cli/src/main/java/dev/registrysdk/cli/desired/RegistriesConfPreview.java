package dev.registrysdk.cli.desired;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.api.sources.RegistrySources;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.output.Views;
import dev.registrysdk.core.mirror.ClusterMirrorSets;
import dev.registrysdk.core.mirror.RegistriesConf;
import dev.registrysdk.core.mirror.RegistriesConfFormat;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.openshift.api.model.config.v1.Image;
import io.fabric8.openshift.client.OpenShiftClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code plan --registries-conf} and {@code --pull IMAGE}: the {@code /etc/containers/registries.conf}
 * the Machine Config Operator gives every node once the plan is applied (the cluster's mirror sets
 * and registry sources with those of the command line), and where a pull of an image would go. The
 * file the mirror procedure inspects by hand on a node with {@code oc debug node/...}.
 */
public final class RegistriesConfPreview {

  /** Where nodes have the file. */
  public static final String PATH = "/etc/containers/registries.conf";
  /** Where nodes have the search registries, when set. */
  public static final String SEARCH_DROP_IN = "/etc/containers/registries.conf.d/01-image-searchRegistries.conf";

  @Option(names = "--registries-conf",
      description = "Also show the " + PATH + " every node gets once this plan is applied (the cluster's mirror sets and"
          + " registry sources, with those given here).")
  boolean show;

  @Option(names = "--registries-conf-layout", paramLabel = "LAYOUT",
      description = "pull-from-mirror (default: as OpenShift 4.13 and later write it) or mirror-by-digest-only (as older nodes showed"
          + " ImageContentSourcePolicies).")
  String layout;

  @Option(names = "--pull", paramLabel = "IMAGE",
      description = "Show where a node pulling IMAGE would try, in order, once this plan is applied; repeat for more images.")
  List<String> pulls = new ArrayList<>();

  /** Whether any preview was asked for. */
  public boolean requested() {
    return show || layout != null || !pulls.isEmpty();
  }

  /**
   * The preview for the cluster behind {@code client} with {@code sets} and {@code sources} applied.
   *
   * @throws UsageException for an unknown layout
   */
  public Views.RegistriesConfView preview(KubernetesClient client, List<MirrorSet> sets, List<RegistrySources> sources) {
    RegistriesConfFormat format = format();
    RegistriesConf conf = registriesConf(client, sets, sources);
    String file = show || layout != null ? conf.render(format) : null;
    String dropIn = show || layout != null ? conf.searchRegistriesDropIn().orElse(null) : null;
    List<Views.PullView> pullViews = pulls.stream().map(image -> new Views.PullView(image,
        conf.pullSources(image).stream().map(s -> new Views.PullSourceView(s.reference(), s.mirror(), s.insecure())).toList()))
        .toList();
    return new Views.RegistriesConfView(file == null ? null : PATH, file, dropIn == null ? null : SEARCH_DROP_IN, dropIn, pullViews);
  }

  private RegistriesConfFormat format() {
    if (layout == null || layout.equalsIgnoreCase("pull-from-mirror")) {
      return RegistriesConfFormat.PULL_FROM_MIRROR;
    }
    if (layout.equalsIgnoreCase("mirror-by-digest-only")) {
      return RegistriesConfFormat.MIRROR_BY_DIGEST_ONLY;
    }
    throw new UsageException("--registries-conf-layout is pull-from-mirror or mirror-by-digest-only, not " + layout);
  }

  /**
   * The file for the cluster's mirror sets with {@code sets} applied (a set replaces the cluster's
   * object of its kind and name, or adds to its rules when it says so), and the cluster's blocked,
   * insecure and search registries with {@code sources} applied in order.
   */
  static RegistriesConf registriesConf(KubernetesClient client, List<MirrorSet> sets, List<RegistrySources> sources) {
    List<MirrorSet> all = new ArrayList<>(ClusterMirrorSets.read(client));
    for (MirrorSet set : sets) {
      int at = indexOf(all, set);
      if (at < 0) {
        all.add(set);
      } else if (set.addsToExisting()) {
        MirrorSet merged = all.get(at);
        for (SourceMirrors rule : set.rules()) {
          merged = merged.mirror(rule);
        }
        all.set(at, merged);
      } else {
        all.set(at, set);
      }
    }
    Image image = client.adapt(OpenShiftClient.class).config().images().withName("cluster").get();
    io.fabric8.openshift.api.model.config.v1.RegistrySources current =
        image == null || image.getSpec() == null ? null : image.getSpec().getRegistrySources();
    List<String> blocked = current == null ? List.of() : orEmpty(current.getBlockedRegistries());
    List<String> insecure = current == null ? List.of() : orEmpty(current.getInsecureRegistries());
    List<String> search = current == null ? List.of() : orEmpty(current.getContainerRuntimeSearchRegistries());
    for (RegistrySources given : sources) {
      blocked = applied(blocked, given.blockedRegistries(), given.replaces());
      insecure = applied(insecure, given.insecureRegistries(), given.replaces());
      search = applied(search, given.containerRuntimeSearchRegistries(), given.replaces());
    }
    return RegistriesConf.of(all, RegistrySources.replacing().blockedRegistries(blocked).insecureRegistries(insecure)
        .containerRuntimeSearchRegistries(search));
  }

  private static int indexOf(List<MirrorSet> sets, MirrorSet set) {
    for (int i = 0; i < sets.size(); i++) {
      MirrorSet other = sets.get(i);
      if (other.type() == set.type() && other.name().equals(set.name())
          && (other.contentSourcePolicy() == set.contentSourcePolicy())) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> applied(List<String> current, @Nullable List<String> given, boolean replaces) {
    if (given == null) {
      return current;
    }
    if (replaces) {
      return List.copyOf(given);
    }
    List<String> out = new ArrayList<>(current);
    given.stream().filter(Objects::nonNull).filter(e -> !out.contains(e)).forEach(out::add);
    return out;
  }

  private static List<String> orEmpty(@Nullable List<String> list) {
    return list == null ? List.of() : list;
  }
}
