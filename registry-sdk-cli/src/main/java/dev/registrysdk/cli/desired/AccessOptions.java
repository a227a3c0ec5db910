package dev.registrysdk.cli.desired;

import dev.registrysdk.api.access.RegistryRole;
import dev.registrysdk.api.access.Subject;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Access to the registry: registry roles granted in namespaces (RoleBindings, as {@code oc policy
 * add-role-to-user} writes them), and reading the registry's metrics (the ClusterRole
 * {@code prometheus-scraper} and its binding).
 */
public final class AccessOptions implements ConfigurerOptions {

  /** Role names accepted on the command line, short and as the cluster role is named. */
  private static final Map<String, RegistryRole> ROLES = new LinkedHashMap<>();

  static {
    for (RegistryRole role : RegistryRole.values()) {
      ROLES.put(role.roleName(), role);
    }
    ROLES.put("viewer", RegistryRole.VIEWER);
    ROLES.put("editor", RegistryRole.EDITOR);
    ROLES.put("image-builder", RegistryRole.IMAGE_BUILDER);
    ROLES.put("image-puller", RegistryRole.IMAGE_PULLER);
  }

  @Option(names = "--grant", paramLabel = "ROLE:KIND:NAME@NAMESPACE",
      description = "Grant a registry role in NAMESPACE: ROLE viewer (pull), editor (pull and push), image-builder or"
          + " image-puller; KIND user, group or serviceaccount (NAME as NAMESPACE/NAME, or NAME in the grant's namespace)."
          + " E.g. viewer:group:developers@team-a. Repeat for more.")
  List<String> grants = new ArrayList<>();

  @Option(names = "--metrics-access", paramLabel = "KIND:NAME",
      description = "Let KIND (user, group, or serviceaccount with NAME as NAMESPACE/NAME) read the registry's metrics:"
          + " creates the ClusterRole prometheus-scraper and binds it. Repeat for more.")
  List<String> metrics = new ArrayList<>();

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    RegistryConfigurer c = configurer;
    for (String spec : grants) {
      c = grant(c, spec);
    }
    if (!metrics.isEmpty()) {
      c = c.metricsAccess(metrics.stream().map(m -> subject(m, null, "--metrics-access " + m)).toArray(Subject[]::new));
    }
    return c;
  }

  private static RegistryConfigurer grant(RegistryConfigurer configurer, String spec) {
    String option = "--grant " + spec;
    int at = spec.lastIndexOf('@');
    if (at <= 0 || at == spec.length() - 1) {
      throw new UsageException(option + ": give the namespace after @, e.g. viewer:group:developers@team-a");
    }
    String namespace = spec.substring(at + 1);
    String rest = spec.substring(0, at);
    RegistryRole role = null;
    String subject = null;
    for (Map.Entry<String, RegistryRole> candidate : ROLES.entrySet()) {
      String prefix = candidate.getKey() + ":";
      if (rest.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        role = candidate.getValue();
        subject = rest.substring(prefix.length());
        break;
      }
    }
    if (role == null) {
      throw new UsageException(option + ": the role is viewer, editor, image-builder or image-puller"
          + " (or registry-viewer, registry-editor, system:image-builder, system:image-puller)");
    }
    return configurer.grant(role, subject(subject, namespace, option), namespace);
  }

  /** {@code user:NAME}, {@code group:NAME} or {@code serviceaccount:[NAMESPACE/]NAME}. */
  private static Subject subject(String spec, String defaultNamespace, String option) {
    int colon = spec.indexOf(':');
    String kind = colon < 0 ? "" : spec.substring(0, colon).toLowerCase(Locale.ROOT);
    String name = colon < 0 ? "" : spec.substring(colon + 1);
    if (name.isBlank()) {
      throw new UsageException(option + ": the subject is user:NAME, group:NAME or serviceaccount:NAMESPACE/NAME");
    }
    return switch (kind) {
      case "user" -> Subject.user(name);
      case "group" -> Subject.group(name);
      case "serviceaccount", "sa" -> {
        int slash = name.indexOf('/');
        if (slash < 0 && defaultNamespace == null) {
          throw new UsageException(option + ": a service account is serviceaccount:NAMESPACE/NAME");
        }
        yield slash < 0 ? Subject.serviceAccount(defaultNamespace, name)
            : Subject.serviceAccount(name.substring(0, slash), name.substring(slash + 1));
      }
      default -> throw new UsageException(option + ": the subject kind is user, group or serviceaccount, not '"
          + (colon < 0 ? spec : spec.substring(0, colon)) + "'");
    };
  }
}
