package dev.registrysdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.registrysdk.api.facts.ClusterFacts;
import dev.registrysdk.api.plan.Change;
import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.resource.ResourceKey;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntentMergeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResourceKey IMAGE = ResourceKey.clusterScoped("config.openshift.io/v1", "Image", "cluster");
  private static final ResourceKey MAP = ResourceKey.configMap("openshift-config", "cas");

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
  }

  private static ObjectIntent intent(ResourceKey key, String document, IntentPolicy policy, Phase phase, String purpose)
      throws Exception {
    return ObjectIntent.builder().key(key).document(json(document)).policy(policy).phase(phase).purpose(purpose).build();
  }

  @Test
  @DisplayName("two intents for one object become one change carrying both documents")
  void sameObjectOneChange() throws Exception {
    ClusterFacts facts = ClusterFacts.builder().lookedUp(Set.of(IMAGE)).build();
    Plan plan = new Planner().plan(List.of(
        intent(IMAGE, "{'spec':{'additionalTrustedCA':{'name':'cas'}}}", IntentPolicy.MERGE, Phase.CONFIGURATION, "trust"),
        intent(IMAGE, "{'spec':{'registrySources':{'blockedRegistries':['docker.io']}}}", IntentPolicy.MERGE,
            Phase.CONFIGURATION, "sources")), facts, List.of());

    assertThat(plan.changes()).singleElement().satisfies(change -> {
      assertThat(change.summary()).isEqualTo("trust; sources");
      JsonNode body = JSON.readTree(change.body());
      assertThat(body.at("/spec/additionalTrustedCA/name").asText()).isEqualTo("cas");
      assertThat(body.at("/spec/registrySources/blockedRegistries/0").asText()).isEqualTo("docker.io");
    });
  }

  @Test
  @DisplayName("merged intents take the earliest phase and keep the order of first appearance")
  void earliestPhase() throws Exception {
    ClusterFacts facts = ClusterFacts.builder()
        .objects(Map.of(MAP, new ConfigMapBuilder().withNewMetadata().withName("cas").withNamespace("openshift-config")
            .withResourceVersion("7").endMetadata().build()))
        .lookedUp(Set.of(IMAGE, MAP)).build();
    Plan plan = new Planner().plan(List.of(
        intent(IMAGE, "{'spec':{'x':1}}", IntentPolicy.MERGE, Phase.CONFIGURATION, "image"),
        intent(MAP, "{'data':{'a':'1'}}", IntentPolicy.MERGE, Phase.CONFIGURATION, "a"),
        intent(MAP, "{'data':{'b':'2'}}", IntentPolicy.MERGE, Phase.PREREQUISITE, "b")), facts, List.of());

    assertThat(plan.changes()).extracting(Change::target).containsExactly(MAP, IMAGE);
    assertThat(JSON.readTree(plan.changes().get(0).body()))
        .isEqualTo(json("{'data':{'a':'1','b':'2'},'metadata':{'resourceVersion':'7'}}"));
  }

  @Test
  @DisplayName("a later document wins for the same field, and a null from either is kept")
  void laterWins() throws Exception {
    List<ObjectIntent> merged = IntentMerge.byKey(List.of(
        intent(IMAGE, "{'spec':{'a':1,'b':{'c':2}}}", IntentPolicy.MERGE, Phase.CONFIGURATION, "one"),
        intent(IMAGE, "{'spec':{'a':3,'b':{'d':null}}}", IntentPolicy.PATCH_EXISTING, Phase.CONFIGURATION, "two")));
    assertThat(merged).singleElement().satisfies(i -> {
      assertThat(i.document()).isEqualTo(json("{'spec':{'a':3,'b':{'c':2,'d':null}}}"));
      assertThat(i.policy()).isEqualTo(IntentPolicy.PATCH_EXISTING);
    });
  }

  @Test
  @DisplayName("intents that cannot be merged, such as a deletion and a creation, are a bug")
  void conflictingPolicies() {
    assertThatThrownBy(() -> IntentMerge.byKey(List.of(
            intent(MAP, "{}", IntentPolicy.DELETE, Phase.CONFIGURATION, "gone"),
            intent(MAP, "{'data':{}}", IntentPolicy.MERGE, Phase.CONFIGURATION, "here"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot merge a DELETE and a MERGE of ConfigMap openshift-config/cas");
  }
}
