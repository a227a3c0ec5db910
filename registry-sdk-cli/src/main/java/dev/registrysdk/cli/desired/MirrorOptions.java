package dev.registrysdk.cli.desired;

import dev.registrysdk.api.mirror.MirrorSet;
import dev.registrysdk.api.mirror.MirrorSourcePolicy;
import dev.registrysdk.api.mirror.SourceMirrors;
import dev.registrysdk.cli.CliEnvironment;
import dev.registrysdk.cli.UsageException;
import dev.registrysdk.cli.secret.SecretReader;
import dev.registrysdk.core.RegistryConfigurer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * One mirror set: an {@code ImageDigestMirrorSet} for {@code --digest-mirror}, an
 * {@code ImageTagMirrorSet} for {@code --tag-mirror}, both named {@code --mirror-set}; an
 * {@code ImageContentSourcePolicy} instead with {@code --as-icsp}, or where the cluster serves no
 * mirror sets.
 *
 * <p>A repeating group: each {@code --mirror-set NAME} after the first starts another set, which the
 * rules, policies and flags that follow it belong to. With one set they may come in any order.
 */
public final class MirrorOptions implements ConfigurerOptions {

  @Option(names = "--mirror-set", paramLabel = "NAME",
      description = "Name of the object the mirrors are written as (ImageDigestMirrorSet, ImageTagMirrorSet or ImageContentSourcePolicy)."
          + " It gets exactly these rules, unless --add-to-existing-mirror-set. Repeat for more sets, each followed by its"
          + " own rules and flags.")
  String name;

  @Option(names = "--digest-mirror", paramLabel = "SOURCE=MIRROR[,MIRROR...]",
      description = "Pulls by digest of SOURCE try the mirrors in this order, then SOURCE; repeat for more sources.")
  List<String> digestMirrors = new ArrayList<>();

  @Option(names = "--tag-mirror", paramLabel = "SOURCE=MIRROR[,MIRROR...]",
      description = "Pulls by tag of SOURCE try the mirrors in this order, then SOURCE (an ImageTagMirrorSet); repeat for more.")
  List<String> tagMirrors = new ArrayList<>();

  @Option(names = "--mirror-source-policy", paramLabel = "[SOURCE=]POLICY",
      description = "NeverContactSource (pull only from the mirrors) or AllowContactingSource, for SOURCE or, without SOURCE, every rule"
          + " of the set.")
  List<String> policies = new ArrayList<>();

  @Option(names = "--as-icsp",
      description = "Write the digest mirrors as an ImageContentSourcePolicy (operator.openshift.io/v1alpha1) even where mirror sets are served.")
  boolean contentSourcePolicy;

  @Option(names = "--add-to-existing-mirror-set",
      description = "Add the rules to those of an existing object of that name (e.g. one oc-mirror wrote) instead of replacing them.")
  boolean addToExisting;

  @Override
  public RegistryConfigurer applyTo(RegistryConfigurer configurer, SecretReader secrets, CliEnvironment environment) {
    List<MirrorSet> sets = sets();
    return sets.isEmpty() ? configurer : configurer.mirrors(sets.toArray(MirrorSet[]::new));
  }

  /**
   * The mirror sets these options name: a digest set, a tag set, or both.
   *
   * @throws UsageException if a rule or policy is not written as documented, or the set has no name
   *     or no rules
   */
  public List<MirrorSet> sets() {
    if (digestMirrors.isEmpty() && tagMirrors.isEmpty()) {
      if (name != null) {
        throw new UsageException("--mirror-set " + name + " has no --digest-mirror or --tag-mirror (with several sets,"
            + " each --mirror-set takes the rules that follow it, up to the next --mirror-set)");
      }
      if (!policies.isEmpty() || contentSourcePolicy || addToExisting) {
        throw new UsageException("--mirror-set, --mirror-source-policy, --as-icsp and --add-to-existing-mirror-set"
            + " go with --digest-mirror or --tag-mirror");
      }
      return List.of();
    }
    if (name == null) {
      throw new UsageException("--digest-mirror and --tag-mirror need --mirror-set NAME: the object the mirrors are written as");
    }
    Map<String, MirrorSourcePolicy> bySource = new LinkedHashMap<>();
    Optional<MirrorSourcePolicy> everyRule = Optional.empty();
    Set<String> sources = new LinkedHashSet<>();
    List<SourceMirrors> digestRules = digestMirrors.stream().map(r -> rule(r, "--digest-mirror")).toList();
    List<SourceMirrors> tagRules = tagMirrors.stream().map(r -> rule(r, "--tag-mirror")).toList();
    digestRules.forEach(r -> sources.add(r.source()));
    tagRules.forEach(r -> sources.add(r.source()));
    for (String spec : policies) {
      int eq = spec.lastIndexOf('=');
      MirrorSourcePolicy policy = policy(eq < 0 ? spec : spec.substring(eq + 1));
      if (eq < 0) {
        everyRule = Optional.of(policy);
      } else {
        String source = spec.substring(0, eq);
        if (!sources.contains(source)) {
          throw new UsageException("--mirror-source-policy names " + source + ", which no --digest-mirror or --tag-mirror gives");
        }
        bySource.put(source, policy);
      }
    }
    Optional<MirrorSourcePolicy> all = everyRule;
    Function<SourceMirrors, SourceMirrors> withPolicy = rule -> Optional.ofNullable(bySource.get(rule.source())).or(() -> all)
        .map(rule::mirrorSourcePolicy).orElse(rule);
    List<MirrorSet> sets = new ArrayList<>();
    if (!digestRules.isEmpty()) {
      sets.add(configured(MirrorSet.digest(name), digestRules, withPolicy));
    }
    if (!tagRules.isEmpty()) {
      sets.add(configured(MirrorSet.tag(name), tagRules, withPolicy));
    }
    return sets;
  }

  private MirrorSet configured(MirrorSet set, List<SourceMirrors> rules, Function<SourceMirrors, SourceMirrors> withPolicy) {
    MirrorSet s = set;
    for (SourceMirrors rule : rules) {
      s = s.mirror(withPolicy.apply(rule));
    }
    if (contentSourcePolicy) {
      s = s.asContentSourcePolicy();
    }
    if (addToExisting) {
      s = s.addingToExisting();
    }
    return s;
  }

  private static SourceMirrors rule(String spec, String option) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new UsageException(option + " is SOURCE=MIRROR[,MIRROR...], e.g. registry.access.redhat.com/ubi8="
          + "mirror.example.com/ubi8, not " + spec);
    }
    List<String> mirrors = Arrays.stream(spec.substring(eq + 1).split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
    return SourceMirrors.of(spec.substring(0, eq), mirrors);
  }

  private static MirrorSourcePolicy policy(String text) {
    try {
      return Converters.wire(text, MirrorSourcePolicy.class, MirrorSourcePolicy::wireValue);
    } catch (RuntimeException e) {
      throw new UsageException("--mirror-source-policy: " + e.getMessage());
    }
  }
}
