package dev.registrysdk.core.mirror;

/** How {@link RegistriesConf#render(RegistriesConfFormat)} lays out the file. */
public enum RegistriesConfFormat {
  /**
   * As the Machine Config Operator writes it since OpenShift 4.13: each mirror says which pulls it
   * serves ({@code pull-from-mirror = "digest-only"} or {@code "tag-only"}), keys with default values
   * are left out.
   */
  PULL_FROM_MIRROR,
  /**
   * As nodes of OpenShift 4.x before mirror sets showed it for ImageContentSourcePolicies: the
   * registry says {@code mirror-by-digest-only = true} and every key is written, defaults included.
   * Tag mirrors cannot be written this way.
   */
  MIRROR_BY_DIGEST_ONLY
}
