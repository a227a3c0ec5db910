package dev.registrysdk.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.registrysdk.api.finding.Finding;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.PatchKind;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.readiness.ConditionSnapshot;
import dev.registrysdk.api.readiness.Readiness;
import java.io.IOException;
import java.util.List;

/**
 * The records JSON and YAML output are made of. Field names are part of the CLI's contract.
 */
public final class Views {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Views() {}

  /**
   * A plan: its changes (masked) and findings; with {@code plan --registries-conf} or {@code --pull},
   * also what the nodes get.
   */
  public record PlanView(boolean empty, int errors, List<ChangeView> changes, List<FindingView> findings,
      RegistriesConfView nodes) {
    /** The view of a plan. */
    public static PlanView of(Plan plan) {
      return new PlanView(plan.isEmpty(), plan.errors().size(),
          plan.changes().stream().map(ChangeView::of).toList(),
          plan.findings().stream().map(FindingView::of).toList(), null);
    }

    /** A copy with what the nodes get. */
    public PlanView withNodes(RegistriesConfView view) {
      return new PlanView(empty, errors, changes, findings, view);
    }
  }

  /**
   * What every node gets once a plan is applied: {@code registries.conf} (and the search registries'
   * drop-in file, when set), and where pulls of the images asked about go.
   */
  public record RegistriesConfView(String path, String content, String searchRegistriesPath, String searchRegistries,
      List<PullView> pulls) {}

  /** Where a node pulling {@code image} tries, in order. */
  public record PullView(String image, List<PullSourceView> tries) {}

  /** One place a pull tries: a mirror or the source. */
  public record PullSourceView(String reference, boolean mirror, boolean insecure) {}

  /** One change, with the SDK's masked body; never the body sent. */
  public record ChangeView(String action, String apiVersion, String kind, String namespace, String name, String summary,
      List<String> diff, String patchType, JsonNode body, boolean sensitive, List<String> resolvedAtApply) {
    /** The view of a change. */
    public static ChangeView of(Change change) {
      return new ChangeView(change.action().name(), change.target().apiVersion(), change.target().kind(),
          change.target().namespace().orElse(null), change.target().name(), change.summary(), change.diff(),
          change.patchKind().map(PatchKind::contentType).orElse(null), parse(change.displayBody()),
          change.sensitive(), change.resolvedAtApply());
    }
  }

  /** A finding of validation. */
  public record FindingView(String code, String severity, String path, String message, String remedy) {
    /** The view of a finding. */
    public static FindingView of(Finding finding) {
      return new FindingView(finding.code(), finding.severity().name(), finding.path(), finding.message(), finding.remedy());
    }
  }

  /** What waiting for the registry found. */
  public record ReadinessView(String state, String reason, String message, String hint, long generation,
      long observedGeneration, int observations, long elapsedMillis, List<ConditionView> conditions) {
    /** The view of a readiness. */
    public static ReadinessView of(Readiness readiness) {
      return new ReadinessView(readiness.state().name(), readiness.reason(), readiness.message(),
          readiness.hint().orElse(null), readiness.generation(), readiness.observedGeneration(),
          readiness.observations(), readiness.elapsed().toMillis(),
          readiness.conditions().stream().map(ConditionView::of).toList());
    }
  }

  /** A condition of the Config or the ClusterOperator. */
  public record ConditionView(String source, String type, String status, String reason, String message) {
    /** The view of a condition. */
    public static ConditionView of(ConditionSnapshot condition) {
      return new ConditionView(condition.source(), condition.type(), condition.status(), condition.reason(),
          condition.message());
    }
  }

  /** What apply did. */
  public record ApplyView(String cluster, PlanView plan, List<ChangeView> applied, int attempts, ReadinessView readiness) {}

  /** The registry as it is. */
  public record StatusView(String cluster, String platform, String managementState, StorageView storage, int replicas,
      Integer readyReplicas, String rolloutStrategy, Boolean defaultRoute, List<RouteView> routes, ExposureView exposure,
      ReadinessView readiness) {}

  /**
   * Where the registry can be reached: the host of the route {@code default-route}, the external host
   * names and the internal host name the image config reports.
   */
  public record ExposureView(String defaultRouteHost, List<String> externalHostnames, String internalHostname) {}

  /** The storage the Config names; the stanza holds names only, never credentials. */
  public record StorageView(List<String> backends, String managementState, JsonNode spec) {}

  /** A route of {@code spec.routes}. */
  public record RouteView(String name, String hostname, String secretName) {}

  /** What the doctor found. */
  public record DoctorView(String cluster, String platform, String managementState, List<String> backends,
      int replicas, String rolloutStrategy, boolean healthy, List<DiagnosisView> diagnoses, ReadinessView readiness) {}

  /** One diagnosis. */
  public record DiagnosisView(String code, String severity, String message, String operatorMessage, String remedy) {}

  /** What render wrote. */
  public record RenderView(String cluster, String directory, List<String> files, List<SecretView> secretsToProvide,
      List<FindingView> findings, List<String> notes) {}

  /** A secret to create before syncing: names and keys only. */
  public record SecretView(String namespace, String name, String type, List<String> keys, String purpose) {}

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return TextNode.valueOf(json);
    }
  }
}
