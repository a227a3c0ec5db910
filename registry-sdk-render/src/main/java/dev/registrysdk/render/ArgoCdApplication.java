package dev.registrysdk.render;

import java.util.Objects;

/**
 * The Argo CD {@code Application} to render next to the Kustomize folder, pointing at that folder
 * in Git. Its {@code ignoreDifferences} lists the fields the Image Registry Operator writes back into
 * the Config, so Argo CD neither reports them as drift nor fights the operator over them.
 *
 * <pre>{@code
 * ArgoCdApplication.of("https://git.example.com/fleet.git", "clusters/prod/image-registry")
 *     .targetRevision("main").autoSync(true);
 * }</pre>
 *
 * @param name the Application's name (default {@code image-registry})
 * @param namespace where Argo CD runs (default {@code openshift-gitops}, OpenShift GitOps)
 * @param project the Argo CD project (default {@code default})
 * @param repoUrl the Git repository holding the rendered folder
 * @param path the folder's path in that repository
 * @param targetRevision the branch, tag or commit (default {@code HEAD})
 * @param destinationServer the cluster to configure (default {@code https://kubernetes.default.svc},
 *     the cluster Argo CD runs on)
 * @param autoSync whether Argo CD syncs by itself and heals drift (never prunes)
 */
public record ArgoCdApplication(String name, String namespace, String project, String repoUrl, String path,
    String targetRevision, String destinationServer, boolean autoSync) {

  /** Checks the values. */
  public ArgoCdApplication {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(repoUrl, "repoUrl");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(targetRevision, "targetRevision");
    Objects.requireNonNull(destinationServer, "destinationServer");
    if (repoUrl.isBlank()) {
      throw new IllegalArgumentException("An Argo CD Application needs the Git repository URL");
    }
  }

  /** An Application for the folder {@code path} of {@code repoUrl}, with the defaults above. */
  public static ArgoCdApplication of(String repoUrl, String path) {
    return new ArgoCdApplication("image-registry", "openshift-gitops", "default", repoUrl, path, "HEAD",
        "https://kubernetes.default.svc", false);
  }

  /** With another name. */
  public ArgoCdApplication name(String value) {
    return new ArgoCdApplication(value, namespace, project, repoUrl, path, targetRevision, destinationServer, autoSync);
  }

  /** With another Argo CD namespace. */
  public ArgoCdApplication namespace(String value) {
    return new ArgoCdApplication(name, value, project, repoUrl, path, targetRevision, destinationServer, autoSync);
  }

  /** With another project. */
  public ArgoCdApplication project(String value) {
    return new ArgoCdApplication(name, namespace, value, repoUrl, path, targetRevision, destinationServer, autoSync);
  }

  /** With another revision. */
  public ArgoCdApplication targetRevision(String value) {
    return new ArgoCdApplication(name, namespace, project, repoUrl, path, value, destinationServer, autoSync);
  }

  /** With another destination cluster (its API server URL as registered in Argo CD). */
  public ArgoCdApplication destinationServer(String value) {
    return new ArgoCdApplication(name, namespace, project, repoUrl, path, targetRevision, value, autoSync);
  }

  /** Whether Argo CD syncs automatically and heals drift; it never prunes these objects. */
  public ArgoCdApplication autoSync(boolean value) {
    return new ArgoCdApplication(name, namespace, project, repoUrl, path, targetRevision, destinationServer, value);
  }
}
