package dev.registrysdk.testkit.server;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One kind of object the fake API server serves: its group, version, kind and plural, and how the real
 * API server treats it.
 *
 * @param group the API group, empty for the core group
 * @param version the served version
 * @param kind the kind, e.g. {@code Config}
 * @param plural the resource name in URLs, e.g. {@code configs}
 * @param namespaced whether objects live in namespaces
 * @param shortNames kubectl short names, e.g. {@code co}
 * @param statusSubresource whether {@code status} is a subresource (main writes keep it, status writes
 *     change only it)
 * @param customResource whether the real cluster serves it from a CustomResourceDefinition (no
 *     strategic merge patch, resourceVersion required on update)
 * @param tracksGeneration whether {@code metadata.generation} is maintained
 * @param categories kubectl categories such as {@code all}
 */
@TestkitInternal
public record ResourceType(
    String group,
    String version,
    String kind,
    String plural,
    boolean namespaced,
    List<String> shortNames,
    boolean statusSubresource,
    boolean customResource,
    boolean tracksGeneration,
    List<String> categories) {

  /** Validates and copies the lists. */
  public ResourceType {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(plural, "plural");
    shortNames = List.copyOf(shortNames);
    categories = List.copyOf(categories);
  }

  /** Returns {@code group/version}, or just the version for the core group. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** Returns the singular resource name ({@code config}). */
  public String singular() {
    return kind.toLowerCase(Locale.ROOT);
  }

  /** Returns the list kind ({@code ConfigList}). */
  public String listKind() {
    return kind + "List";
  }

  /**
   * Returns the group-qualified resource as the API server names it in messages: {@code
   * configs.imageregistry.operator.openshift.io}, or {@code configmaps} for the core group.
   */
  public String groupResource() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /**
   * Returns the group-qualified kind as the API server names it in "is invalid" messages: {@code
   * Config.imageregistry.operator.openshift.io}, or {@code ConfigMap} for the core group.
   */
  public String groupKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  /** Returns whether strategic merge patch is served for this kind (built-in kinds only). */
  public boolean strategicMergeSupported() {
    return !customResource;
  }

  /** Returns whether an update must carry {@code metadata.resourceVersion}. */
  public boolean resourceVersionRequiredOnUpdate() {
    return customResource;
  }

  /** Starts a description of a kind; the defaults are those of a built-in, cluster-scoped kind. */
  public static Builder builder(String group, String version, String kind, String plural) {
    return new Builder(group, version, kind, plural);
  }

  @Override
  public String toString() {
    return groupResource() + "/" + version;
  }

  /** Mutable builder for {@link ResourceType}. */
  public static final class Builder {
    private final String group;
    private final String version;
    private final String kind;
    private final String plural;
    private boolean namespaced;
    private List<String> shortNames = List.of();
    private boolean statusSubresource;
    private boolean customResource;
    private boolean tracksGeneration;
    private List<String> categories = List.of();

    private Builder(String group, String version, String kind, String plural) {
      this.group = group;
      this.version = version;
      this.kind = kind;
      this.plural = plural;
    }

    /** Objects live in namespaces. */
    public Builder namespaced() {
      this.namespaced = true;
      return this;
    }

    /** kubectl short names. */
    public Builder shortNames(String... names) {
      this.shortNames = List.of(names);
      return this;
    }

    /** {@code status} is a subresource. */
    public Builder status() {
      this.statusSubresource = true;
      return this;
    }

    /** Served from a CRD: status subresource, generation, no strategic merge. */
    public Builder custom() {
      this.customResource = true;
      this.tracksGeneration = true;
      return this;
    }

    /** {@code metadata.generation} is maintained. */
    public Builder generation() {
      this.tracksGeneration = true;
      return this;
    }

    /** kubectl categories. */
    public Builder categories(String... names) {
      this.categories = List.of(names);
      return this;
    }

    /** Builds the description. */
    public ResourceType build() {
      return new ResourceType(group, version, kind, plural, namespaced, shortNames, statusSubresource,
          customResource, tracksGeneration, categories);
    }
  }
}
