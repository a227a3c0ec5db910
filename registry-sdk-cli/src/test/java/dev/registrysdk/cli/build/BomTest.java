package dev.registrysdk.cli.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code registry-sdk-bom} against the build: it manages every module the build publishes, each
 * attached jar (such as the testkit's {@code standalone} server), at the build's version, and installs
 * and deploys with the build's plugin versions (it has no parent to take them from).
 */
class BomTest {

  private static final Path ROOT = Path.of(System.getProperty("registrysdk.root", "..")).toAbsolutePath().normalize();
  private static final String GROUP = "dev.registrysdk";
  private static final String BOM = "registry-sdk-bom";

  private final Element parent = pom(ROOT.resolve("pom.xml"));
  private final Element bom = pom(ROOT.resolve(BOM).resolve("pom.xml"));

  @Test
  @DisplayName("the BOM manages every module the build publishes, and not the benchmarks, which skip deploy")
  void everyPublishedModule() {
    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    for (String module : texts(child(parent, "modules"), "module")) {
      if (module.equals(BOM)) {
        continue;
      }
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      boolean skipsDeploy = child(pom, "properties").flatMap(p -> text(p, "maven.deploy.skip")).orElse("false").equals("true");
      (skipsDeploy ? unpublished : published).add(module);
    }

    assertThat(unpublished).containsExactly("registry-sdk-bench");
    assertThat(managed().keySet().stream().map(BomTest::artifactOf).distinct())
        .containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  @DisplayName("the BOM manages each jar a module attaches under a classifier, such as the testkit's standalone server")
  void attachedJars() {
    List<String> attached = new ArrayList<>();
    for (String module : texts(child(parent, "modules"), "module")) {
      Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
      for (Element configuration : descendants(pom, "configuration")) {
        if (text(configuration, "shadedArtifactAttached").orElse("false").equals("true")) {
          attached.add(module + ":" + text(configuration, "shadedClassifierName").orElse("shaded"));
        }
      }
    }

    assertThat(attached).contains("registry-sdk-testkit:standalone");
    assertThat(managed().keySet().stream().filter(key -> key.contains(":")))
        .containsExactlyInAnyOrderElementsOf(attached);
  }

  @Test
  @DisplayName("every artifact the BOM manages has the build's version")
  void buildVersion() {
    String version = text(parent, "version").orElseThrow();

    assertThat(managed()).isNotEmpty().allSatisfy((artifact, managedVersion) ->
        assertThat(managedVersion).as(artifact).isEqualTo(version));
    assertThat(text(bom, "version")).contains(version);
  }

  @Test
  @DisplayName("the BOM installs and deploys with the plugin versions of the build, not Maven's defaults")
  void pluginVersions() {
    Map<String, String> build = pluginVersions(parent);
    Map<String, String> own = pluginVersions(bom);

    assertThat(own).containsOnlyKeys("maven-install-plugin", "maven-deploy-plugin");
    assertThat(own).allSatisfy((plugin, version) -> assertThat(version).as(plugin).isEqualTo(build.get(plugin)));
  }

  /** The BOM's managed artifacts of this project, {@code artifactId[:classifier]} to version. */
  private Map<String, String> managed() {
    Element dependencies = child(bom, "dependencyManagement").flatMap(d -> child(d, "dependencies")).orElseThrow();
    Map<String, String> managed = new TreeMap<>();
    for (Element dependency : children(dependencies, "dependency")) {
      assertThat(text(dependency, "groupId")).contains(GROUP);
      String key = text(dependency, "artifactId").orElseThrow() + text(dependency, "classifier").map(c -> ":" + c).orElse("");
      managed.put(key, text(dependency, "version").orElseThrow());
    }
    return managed;
  }

  private static String artifactOf(String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? key : key.substring(0, colon);
  }

  private static Map<String, String> pluginVersions(Element pom) {
    Element plugins = child(pom, "build").flatMap(b -> child(b, "pluginManagement")).flatMap(m -> child(m, "plugins"))
        .orElseThrow();
    return children(plugins, "plugin").stream().collect(Collectors.toMap(
        p -> text(p, "artifactId").orElseThrow(), p -> text(p, "version").orElseThrow()));
  }

  private static Element pom(Path file) {
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static List<Element> children(Element element, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = element.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        children.add((Element) nodes.item(i));
      }
    }
    return children;
  }

  private static List<Element> descendants(Element element, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = element.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static Optional<Element> child(Element element, String name) {
    return children(element, name).stream().findFirst();
  }

  private static Optional<String> text(Element element, String name) {
    return child(element, name).map(e -> e.getTextContent().trim());
  }

  private static List<String> texts(Optional<Element> element, String name) {
    return element.map(e -> children(e, name).stream().map(c -> c.getTextContent().trim()).toList()).orElse(List.of());
  }
}
