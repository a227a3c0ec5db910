package dev.registrysdk.core.mirror;

/**
 * One place a node tries when it pulls an image, in order: a mirror or the source itself.
 *
 * @param reference the image reference pulled from there, e.g. {@code mirror.example.com/ocp/release@sha256:...}
 * @param mirror whether it is a mirror rather than the source
 * @param insecure whether it is reached without verified TLS
 */
public record PullSource(String reference, boolean mirror, boolean insecure) {

  /** {@code reference}, marked {@code (mirror)} and {@code (insecure)} where that applies. */
  @Override
  public String toString() {
    return reference + (mirror ? " (mirror)" : "") + (insecure ? " (insecure)" : "");
  }
}
