package dev.registrysdk.render;

import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.resource.RegistryObjects;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.core.plan.IntentPolicy;
import dev.registrysdk.core.plan.ObjectIntent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the registry's desired state as manifests for GitOps: a Kustomize folder, optionally an
 * Argo CD {@code Application} and an RHACM {@code Policy}.
 *
 * <pre>{@code
 * RegistryConfigurer desired = RegistryConfigurer.on(client).managed().replicas(2)
 *     .storage(S3.compatible("ocp-registry", "https://s3.example.com").region("local")
 *         .credentials(accessKey, secretKey));
 * GitOpsBundle bundle = GitOpsRenderer.of(desired.intents())
 *     .secrets(SecretHandling.externalSecrets("vault"))
 *     .argoCd(ArgoCdApplication.of("https://git.example.com/fleet.git", "clusters/prod/image-registry"))
 *     .render();
 * bundle.writeTo(Path.of("clusters/prod/image-registry"));
 * }</pre>
 *
 * <p>The manifests carry what {@code apply()} would write, field for field: the registry's Config
 * with only the fields named (a partial manifest that {@code kubectl apply} and Argo CD merge into
 * the Config the operator created, with {@code null} for a backend to remove), and the objects it
 * needs (claims, config maps, storage class annotations), and those of the cluster-wide features
 * (the image config, mirror sets, role bindings, cluster roles, service accounts, the image pruner),
 * one manifest per object. Secrets, pull secrets included, are never written in clear; see
 * {@link SecretHandling}.
 *
 * <p>A desired state that validation refuses is not rendered, nor is storage whose values are known
 * only while applying (an ODF bucket claim): {@link #render()} throws a {@link ValidationException}.
 *
 * <p>Immutable: every method returns a new renderer.
 */
public final class GitOpsRenderer {

  private final FeatureResult intents;
  private final SecretHandling secrets;
  private final Optional<ArgoCdApplication> argoCd;
  private final Optional<AcmPolicy> acmPolicy;

  private GitOpsRenderer(FeatureResult intents, SecretHandling secrets, Optional<ArgoCdApplication> argoCd,
      Optional<AcmPolicy> acmPolicy) {
    this.intents = intents;
    this.secrets = secrets;
    this.argoCd = argoCd;
    this.acmPolicy = acmPolicy;
  }

  /** A renderer for what {@code RegistryConfigurer.intents()} returned; secrets by reference. */
  public static GitOpsRenderer of(FeatureResult intents) {
    return new GitOpsRenderer(Objects.requireNonNull(intents, "intents"), SecretHandling.reference(),
        Optional.empty(), Optional.empty());
  }

  /** How secrets reach the cluster; {@link SecretHandling#reference()} by default. */
  public GitOpsRenderer secrets(SecretHandling handling) {
    return new GitOpsRenderer(intents, Objects.requireNonNull(handling, "handling"), argoCd, acmPolicy);
  }

  /** Also renders this Argo CD Application, and annotates the objects with sync waves and options. */
  public GitOpsRenderer argoCd(ArgoCdApplication application) {
    return new GitOpsRenderer(intents, secrets, Optional.of(application), acmPolicy);
  }

  /** Also renders this RHACM Policy. */
  public GitOpsRenderer acmPolicy(AcmPolicy policy) {
    return new GitOpsRenderer(intents, secrets, argoCd, Optional.of(policy));
  }

  /**
   * Renders the files.
   *
   * @throws ValidationException if validation found an error, or a value is known only while applying
   */
  public GitOpsBundle render() {
    List<Finding> findings = new ArrayList<>(intents.findings());
    List<Manifest> objects = new ArrayList<>();
    List<ObjectIntent> ordered = new ArrayList<>(intents.intents());
    ordered.sort(Comparator.comparing(ObjectIntent::phase));
    for (ObjectIntent intent : ordered) {
      if (!intent.resolvedAtApply().isEmpty()) {
        findings.add(Finding.error(RenderFindingCodes.RESOLVED_AT_APPLY, intent.key().toString(),
            "values of " + intent.key() + " are known only while applying (" + String.join("; ", intent.resolvedAtApply())
                + "), so a manifest cannot state them",
            "Configure this storage with apply(), or render it as S3 with the bucket, endpoint and credentials it resolves to"));
      } else if (intent.policy() == IntentPolicy.DELETE) {
        findings.add(Finding.warning(RenderFindingCodes.DELETE_NOT_RENDERED, intent.key().toString(),
            intent.key() + " would be deleted (" + intent.purpose() + "), which a manifest cannot express",
            "Delete it once by hand or with apply(); the manifests leave it out"));
      } else {
        objects.add(Manifest.of(intent));
      }
    }
    if (findings.stream().anyMatch(Finding::isError)) {
      findings.sort(Comparator.comparing(f -> f.isError() ? 0 : 1));
      throw new ValidationException(findings);
    }

    List<String> notes = new ArrayList<>();
    List<SecretToProvide> toProvide = new ArrayList<>();
    List<Manifest> rendered = new ArrayList<>();
    for (Manifest object : objects) {
      if (!object.sensitive()) {
        rendered.add(object);
      } else if (secrets instanceof SecretHandling.ExternalSecrets external) {
        rendered.add(ExternalSecretWriter.externalSecret(object, external));
      } else {
        toProvide.add(new SecretToProvide(object.key().namespace().orElse("default"), object.key().name(),
            object.secretType(), object.dataKeys(), object.purpose()));
      }
    }
    argoCd.ifPresent(app -> rendered.forEach(ApplicationWriter::annotate));

    Map<String, String> files = new LinkedHashMap<>();
    List<String> resources = new ArrayList<>();
    int index = 1;
    for (Manifest manifest : rendered) {
      String path = GitOpsBundle.RESOURCES + "/" + manifest.fileName(index++);
      resources.add(path);
      files.put(path, Yaml.write(manifest.body()));
    }
    files.put(GitOpsBundle.KUSTOMIZATION, Yaml.write(KustomizationWriter.kustomization(resources)));
    argoCd.ifPresent(app -> files.put(GitOpsBundle.ARGOCD_APPLICATION,
        Yaml.write(ApplicationWriter.application(app, rendered))));
    acmPolicy.ifPresent(policy -> files.put(GitOpsBundle.ACM_POLICY,
        Yaml.writeAll(PolicyWriter.documents(policy, rendered))));

    if (rendered.stream().anyMatch(m -> m.key().equals(RegistryObjects.CONFIG))) {
      notes.add("The registry's Config manifest is partial: it names only the fields you set. kubectl apply and"
          + " Argo CD merge it into the Config the operator created; do not replace the whole object.");
    }
    if (rendered.stream().anyMatch(m -> m.policy() == IntentPolicy.CREATE_IF_ABSENT)) {
      notes.add("Objects that registryctl only creates when missing (claims) are kept as rendered by a GitOps"
          + " tool; they are annotated never to be pruned when Argo CD is used.");
    }
    if (!toProvide.isEmpty()) {
      notes.add("Secrets are not rendered: create each one listed before syncing (sealed secrets, a vault"
          + " injector, or --secrets external-secrets).");
    }
    return new GitOpsBundle(files, toProvide, findings, notes);
  }
}
