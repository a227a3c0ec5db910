package dev.registrysdk.api.mirror;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source repository and its mirrors, tried in order before the source
 * ({@code imageDigestMirrors[]}, {@code imageTagMirrors[]} or {@code repositoryDigestMirrors[]}).
 *
 * <pre>{@code
 * SourceMirrors.of("quay.io/openshift-release-dev/ocp-release", "mirror.example.com/ocp/release")
 *     .mirrorSourcePolicy(MirrorSourcePolicy.NEVER_CONTACT_SOURCE);
 * }</pre>
 *
 * <p>The source is {@code host[:port][/namespace...][/repo]} or {@code *.domain}; mirrors are
 * {@code host[:port][/namespace...][/repo]}, lower-case paths, without tags or digests. The most
 * specific source that matches an image wins. Immutable.
 */
@Value.Immutable
public abstract class SourceMirrors {

  SourceMirrors() {}

  /** The repository, namespace or registry mirrored, e.g. {@code registry.access.redhat.com/ubi8}. */
  @Value.Parameter
  public abstract String source();

  /** The mirrors, in the order they are tried; a set, so no mirror twice. */
  public abstract List<String> mirrors();

  /** Whether the source is tried after the mirrors; only valid together with mirrors. */
  public abstract Optional<MirrorSourcePolicy> mirrorSourcePolicy();

  /** {@code source} mirrored by {@code mirrors}, tried in that order. */
  public static SourceMirrors of(String source, String... mirrors) {
    return ImmutableSourceMirrors.builder().source(source).mirrors(Arrays.asList(mirrors)).build();
  }

  /** {@code source} mirrored by {@code mirrors}, tried in that order. */
  public static SourceMirrors of(String source, List<String> mirrors) {
    return ImmutableSourceMirrors.builder().source(source).mirrors(mirrors).build();
  }

  /** A copy with the given source policy. */
  public SourceMirrors mirrorSourcePolicy(MirrorSourcePolicy policy) {
    return ImmutableSourceMirrors.builder().from(this).mirrorSourcePolicy(policy).build();
  }

  /** A copy that never contacts the source: images come from the mirrors or not at all. */
  public SourceMirrors neverContactSource() {
    return mirrorSourcePolicy(MirrorSourcePolicy.NEVER_CONTACT_SOURCE);
  }
}
