package dev.registrysdk.api.mirror;

/** Which pulls a {@link MirrorSet} serves. */
public enum MirrorType {
  /**
   * Pulls by digest ({@code image@sha256:...}): an {@code ImageDigestMirrorSet}, or an
   * {@code ImageContentSourcePolicy}. Pulls by tag still go to the source.
   */
  DIGEST,
  /**
   * Pulls by tag ({@code image:tag}): an {@code ImageTagMirrorSet}. A mirror may serve another image
   * for the same tag than the source does, so use this only for mirrors kept in sync.
   */
  TAG
}
