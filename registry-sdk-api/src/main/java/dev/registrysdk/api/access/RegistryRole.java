package dev.registrysdk.api.access;

/** A cluster role that grants access to the images of a namespace in the integrated registry. */
public enum RegistryRole {
  /** {@code registry-viewer}: pull images, e.g. with {@code podman pull}. */
  VIEWER("registry-viewer"),
  /** {@code registry-editor}: pull and push images. */
  EDITOR("registry-editor"),
  /** {@code system:image-builder}: push images, as builds do. */
  IMAGE_BUILDER("system:image-builder"),
  /** {@code system:image-puller}: pull images, e.g. from another namespace's pods. */
  IMAGE_PULLER("system:image-puller");

  private final String roleName;

  RegistryRole(String roleName) {
    this.roleName = roleName;
  }

  /** The cluster role's name. */
  public String roleName() {
    return roleName;
  }
}
