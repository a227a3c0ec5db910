package dev.registrysdk.cli.command;

import dev.registrysdk.api.error.ValidationException;
import dev.registrysdk.cli.ExitCodes;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.cluster.ClusterConnection;
import dev.registrysdk.cli.desired.DesiredStateOptions;
import dev.registrysdk.cli.output.OutputOptions;
import dev.registrysdk.cli.output.Views;
import dev.registrysdk.cli.progress.ProgressDisplay;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.feature.FeatureResult;
import dev.registrysdk.render.AcmPolicy;
import dev.registrysdk.render.ArgoCdApplication;
import dev.registrysdk.render.GitOpsBundle;
import dev.registrysdk.render.GitOpsRenderer;
import dev.registrysdk.render.SecretHandling;
import dev.registrysdk.render.SecretToProvide;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code registryctl render}: the desired state as manifests for GitOps. */
@Command(name = "render", sortOptions = false, exitCodeOnInvalidInput = 1, mixinStandardHelpOptions = true,
    abbreviateSynopsis = true,
    description = {"Writes the desired state as manifests for GitOps: a Kustomize folder (kustomization.yaml and"
        + " resources/), optionally an Argo CD Application (argocd/) and an RHACM Policy (acm/). Secret values are"
        + " never written. Evaluated against the cluster given, e.g. --fake vsphere for a freshly installed one.",
        "Exit 0 when written, 2 when validation refuses the desired state."})
public final class RenderCommand extends ClusterCommand {

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder to write to (created if missing).")
  String directory;

  @Option(names = "--secrets", paramLabel = "MODE",
      description = "reference (default: list the secrets to create) or external-secrets (an ExternalSecret each).")
  String secrets = "reference";

  @Option(names = "--secret-store", paramLabel = "NAME", description = "With --secrets external-secrets: the store to read from.")
  String secretStore;

  @Option(names = "--secret-store-kind", paramLabel = "KIND", description = "ClusterSecretStore (default) or SecretStore.")
  String secretStoreKind;

  @Option(names = "--remote-key-prefix", paramLabel = "PREFIX",
      description = "Remote keys are PREFIX<namespace>/<name>, one property per key. Default: registry-sdk/.")
  String remoteKeyPrefix;

  @ArgGroup(exclusive = false, validate = false, heading = "%nArgo CD Application (argocd/application.yaml)%n", order = 70)
  ArgoOptions argo;

  @ArgGroup(exclusive = false, validate = false, heading = "%nRHACM Policy (acm/policy.yaml)%n", order = 80)
  AcmOptions acm;

  @Mixin
  OutputOptions output;

  @Mixin
  DesiredStateOptions desired;

  /** Options of the Argo CD Application. */
  static final class ArgoOptions {
    @Option(names = "--argocd-repo", paramLabel = "URL", description = "Git repository of the folder; renders the Application.")
    String repo;

    @Option(names = "--argocd-path", paramLabel = "PATH", description = "The folder's path in the repository. Default: --dir as given.")
    String path;

    @Option(names = "--argocd-revision", paramLabel = "REV", description = "Branch, tag or commit. Default: HEAD.")
    String revision;

    @Option(names = "--argocd-name", paramLabel = "NAME", description = "Application name. Default: image-registry.")
    String name;

    @Option(names = "--argocd-namespace", paramLabel = "NS", description = "Argo CD's namespace. Default: openshift-gitops.")
    String namespace;

    @Option(names = "--argocd-project", paramLabel = "NAME", description = "Argo CD project. Default: default.")
    String project;

    @Option(names = "--argocd-destination", paramLabel = "URL", description = "Destination API server. Default: https://kubernetes.default.svc.")
    String destination;

    @Option(names = "--argocd-auto-sync", description = "Sync automatically and heal drift (never prune).")
    boolean autoSync;

    ArgoCdApplication application(String directory) {
      if (repo == null) {
        throw new UsageException("the Argo CD options need --argocd-repo");
      }
      ArgoCdApplication app = ArgoCdApplication.of(repo, path != null ? path : directory).autoSync(autoSync);
      if (revision != null) {
        app = app.targetRevision(revision);
      }
      if (name != null) {
        app = app.name(name);
      }
      if (namespace != null) {
        app = app.namespace(namespace);
      }
      if (project != null) {
        app = app.project(project);
      }
      if (destination != null) {
        app = app.destinationServer(destination);
      }
      return app;
    }
  }

  /** Options of the RHACM policy. */
  static final class AcmOptions {
    @Option(names = "--acm-policy", paramLabel = "NAME", description = "Policy name; renders the Policy, Placement and PlacementBinding.")
    String name;

    @Option(names = "--acm-namespace", paramLabel = "NS", description = "Hub namespace. Default: policies.")
    String namespace;

    @Option(names = "--acm-enforce", description = "Write the objects to non-compliant clusters (default: inform only).")
    boolean enforce;

    @Option(names = "--acm-severity", paramLabel = "LEVEL", description = "low, medium (default), high or critical.")
    String severity;

    @Option(names = "--acm-cluster-selector", paramLabel = "LABEL=VALUE",
        description = "Managed clusters to place on; repeat for more labels. Default: vendor=OpenShift.")
    Map<String, String> selector = new LinkedHashMap<>();

    AcmPolicy policy() {
      if (name == null) {
        throw new UsageException("the RHACM options need --acm-policy NAME");
      }
      AcmPolicy policy = AcmPolicy.named(name);
      if (namespace != null) {
        policy = policy.namespace(namespace);
      }
      if (enforce) {
        policy = policy.enforce();
      }
      if (severity != null) {
        policy = policy.severity(severity);
      }
      if (!selector.isEmpty()) {
        policy = policy.clusterSelector(selector);
      }
      return policy;
    }
  }

  @Override
  int run() {
    GitOpsRenderer renderer;
    Path target = environment().resolve(directory);
    try (ClusterConnection connection = cluster.connect(environment());
        ProgressDisplay display = progressDisplay()) {
      FeatureResult intents = desired.configurer(connection.client(), SecretReader.forRendering(environment()),
          environment()).listener(display).intents();
      display.close();
      renderer = GitOpsRenderer.of(intents).secrets(secretHandling());
      if (argo != null) {
        renderer = renderer.argoCd(argo.application(directory));
      }
      if (acm != null) {
        renderer = renderer.acmPolicy(acm.policy());
      }
      GitOpsBundle bundle;
      try {
        bundle = renderer.render();
      } catch (ValidationException refused) {
        if (output.text()) {
          out().println("Refused by validation; nothing was written.");
          Texts.findings(out(), refused.findings());
          out().flush();
        } else {
          output.format().write(out(), new Views.RenderView(connection.description(), target.toString(), List.of(),
              List.of(), refused.findings().stream().map(Views.FindingView::of).toList(), List.of()));
        }
        return ExitCodes.REFUSED;
      }
      bundle.writeTo(target);
      print(connection.description(), target, bundle);
      return ExitCodes.OK;
    }
  }

  private SecretHandling secretHandling() {
    switch (secrets) {
      case "reference" -> {
        if (secretStore != null || secretStoreKind != null || remoteKeyPrefix != null) {
          throw new UsageException("--secret-store, --secret-store-kind and --remote-key-prefix go with --secrets external-secrets");
        }
        return SecretHandling.reference();
      }
      case "external-secrets" -> {
        if (secretStore == null) {
          throw new UsageException("--secrets external-secrets needs --secret-store NAME");
        }
        SecretHandling.ExternalSecrets external = SecretHandling.externalSecrets(secretStore);
        if (secretStoreKind != null) {
          external = external.storeKind(secretStoreKind);
        }
        if (remoteKeyPrefix != null) {
          external = external.remoteKeyPrefix(remoteKeyPrefix);
        }
        return external;
      }
      default -> throw new UsageException("--secrets is reference or external-secrets, not " + secrets);
    }
  }

  private void print(String cluster, Path target, GitOpsBundle bundle) {
    if (!output.text()) {
      output.format().write(out(), new Views.RenderView(cluster, target.toString(), List.copyOf(bundle.files().keySet()),
          bundle.secretsToProvide().stream().map(s -> new Views.SecretView(s.namespace(), s.name(), s.type(), s.keys(),
              s.purpose())).toList(),
          bundle.findings().stream().map(Views.FindingView::of).toList(), bundle.notes()));
      return;
    }
    var out = out();
    out.println("Cluster: " + cluster);
    out.println("Wrote " + bundle.files().size() + " files to " + target + ":");
    bundle.files().keySet().forEach(f -> out.println("  " + f));
    if (!bundle.secretsToProvide().isEmpty()) {
      out.println("Secrets to create before syncing (not rendered):");
      for (SecretToProvide secret : bundle.secretsToProvide()) {
        out.println("  " + secret.describe());
      }
    }
    if (!bundle.findings().isEmpty()) {
      out.println("Findings:");
      Texts.findings(out, bundle.findings());
    }
    bundle.notes().forEach(n -> out.println("Note: " + n));
    out.println("Check: kubectl apply --dry-run=server -k " + target);
    out.flush();
  }
}
