package dev.registrysdk.render;

import dev.registrysdk.api.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link GitOpsRenderer#render()} produced: files by relative path, the secrets to create by
 * other means, and findings and notes to show the user.
 *
 * <p>Layout:
 * <pre>
 * kustomization.yaml          lists every file under resources/ (kubectl apply -k, Argo CD, Flux)
 * resources/NN-kind-name.yaml one object per file, prerequisites first, the registry Config last;
 *                             also applicable without Kustomize: kubectl apply -f resources/
 * argocd/application.yaml     the Argo CD Application, applied to the Argo CD cluster (optional)
 * acm/policy.yaml             Policy, Placement and PlacementBinding, applied to the hub (optional)
 * </pre>
 *
 * <p>No file holds a secret value. Immutable.
 */
public final class GitOpsBundle {

  /** The kustomization file. */
  public static final String KUSTOMIZATION = "kustomization.yaml";
  /** The folder of the objects for the target cluster. */
  public static final String RESOURCES = "resources";
  /** The Argo CD Application file. */
  public static final String ARGOCD_APPLICATION = "argocd/application.yaml";
  /** The RHACM policy file. */
  public static final String ACM_POLICY = "acm/policy.yaml";

  private final SortedMap<String, String> files;
  private final List<SecretToProvide> secretsToProvide;
  private final List<Finding> findings;
  private final List<String> notes;

  GitOpsBundle(Map<String, String> files, List<SecretToProvide> secretsToProvide, List<Finding> findings,
      List<String> notes) {
    this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    this.secretsToProvide = List.copyOf(secretsToProvide);
    this.findings = List.copyOf(findings);
    this.notes = List.copyOf(notes);
  }

  /** The YAML files by path relative to the output folder, e.g. {@code resources/03-config-cluster.yaml}. */
  public SortedMap<String, String> files() {
    return files;
  }

  /** Secrets the manifests need and do not contain; empty with external secrets. */
  public List<SecretToProvide> secretsToProvide() {
    return secretsToProvide;
  }

  /** Warnings and notes of validation; errors never reach a bundle. */
  public List<Finding> findings() {
    return findings;
  }

  /** What to know before syncing, e.g. that the Config manifest is partial. */
  public List<String> notes() {
    return notes;
  }

  /**
   * Writes every file under {@code directory}, creating folders; files already there with other
   * names are left alone.
   *
   * @return the files written, in order
   */
  public List<Path> writeTo(Path directory) {
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path target = directory.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        written.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the rendered manifests to " + directory, e);
    }
    return written;
  }

  @Override
  public String toString() {
    return "GitOpsBundle" + files.keySet();
  }
}
