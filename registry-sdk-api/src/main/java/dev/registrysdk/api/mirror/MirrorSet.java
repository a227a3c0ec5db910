package dev.registrysdk.api.mirror;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named set of mirror rules, written as one cluster object.
 *
 * <pre>{@code
 * MirrorSet releases = MirrorSet.digest("release-mirrors")
 *     .mirror("quay.io/openshift-release-dev/ocp-release", "mirror.example.com/ocp/release")
 *     .mirror(SourceMirrors.of("quay.io/openshift-release-dev/ocp-v4.0-art-dev", "mirror.example.com/ocp/art")
 *         .neverContactSource());
 * MirrorSet tags = MirrorSet.tag("tag-mirrors").mirror("registry.redhat.io/ubi9", "mirror.example.com/ubi9");
 * }</pre>
 *
 * <p>A {@link MirrorType#DIGEST} set becomes an {@code ImageDigestMirrorSet} where the cluster serves
 * that kind, else an {@code ImageContentSourcePolicy}; {@link #asContentSourcePolicy()} asks for the
 * latter explicitly. A {@link MirrorType#TAG} set becomes an {@code ImageTagMirrorSet}.
 *
 * <p>The object is written whole: an existing object of that name gets exactly these rules, unless
 * {@link #addingToExisting()} asks to add them to its rules. Every node gets the result in
 * {@code /etc/containers/registries.conf} through a MachineConfig rollout. Immutable; each method
 * returns a copy.
 */
@Value.Immutable
public abstract class MirrorSet {

  MirrorSet() {}

  /** The object's name, a DNS-1123 subdomain. */
  @Value.Parameter
  public abstract String name();

  /** Whether it serves digest or tag pulls. */
  @Value.Parameter
  public abstract MirrorType type();

  /** The rules, one per source. */
  public abstract List<SourceMirrors> rules();

  /** Whether it is written as an {@code ImageContentSourcePolicy} even where mirror sets are served. */
  @Value.Default
  public boolean contentSourcePolicy() {
    return false;
  }

  /** Whether its rules are added to those of an existing object of the same name instead of replacing them. */
  @Value.Default
  public boolean addsToExisting() {
    return false;
  }

  /** An empty set for pulls by digest. */
  public static MirrorSet digest(String name) {
    return ImmutableMirrorSet.of(name, MirrorType.DIGEST);
  }

  /** An empty set for pulls by tag. */
  public static MirrorSet tag(String name) {
    return ImmutableMirrorSet.of(name, MirrorType.TAG);
  }

  /** A copy with one more rule: {@code source} mirrored by {@code mirrors}, tried in that order. */
  public MirrorSet mirror(String source, String... mirrors) {
    return mirror(SourceMirrors.of(source, mirrors));
  }

  /** A copy with one more rule. */
  public MirrorSet mirror(SourceMirrors rule) {
    List<SourceMirrors> all = new ArrayList<>(rules());
    all.add(rule);
    return ImmutableMirrorSet.builder().from(this).rules(all).build();
  }

  /** A copy written as an {@code ImageContentSourcePolicy} (deprecated since OpenShift 4.13); digest sets only. */
  public MirrorSet asContentSourcePolicy() {
    return ImmutableMirrorSet.builder().from(this).contentSourcePolicy(true).build();
  }

  /** A copy whose rules are added to those of an existing object of the same name. */
  public MirrorSet addingToExisting() {
    return ImmutableMirrorSet.builder().from(this).addsToExisting(true).build();
  }
}
