package dev.registrysdk.core.await;

import static org.assertj.core.api.Assertions.assertThat;

import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.api.readiness.ReadinessState;
import io.fabric8.openshift.api.model.config.v1.ClusterOperator;
import io.fabric8.openshift.api.model.config.v1.ClusterOperatorBuilder;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.Config;
import io.fabric8.openshift.api.model.operator.imageregistry.v1.ConfigBuilder;
import io.fabric8.openshift.api.model.operator.v1.OperatorConditionBuilder;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadinessEvaluatorTest {

  private final ReadinessEvaluator evaluator = new ReadinessEvaluator();

  private static Config config(long generation, long observed, String available, String progressing, String degraded,
      String progressingMessage) {
    return new ConfigBuilder().withNewMetadata().withName("cluster").withGeneration(generation).endMetadata()
        .withNewStatus().withObservedGeneration(observed)
        .addToConditions(new OperatorConditionBuilder().withType("Available").withStatus(available).withReason("Ready")
            .withMessage("The registry is ready").build())
        .addToConditions(new OperatorConditionBuilder().withType("Progressing").withStatus(progressing).withReason("Error")
            .withMessage(progressingMessage).build())
        .addToConditions(new OperatorConditionBuilder().withType("Degraded").withStatus(degraded).withReason("Unavailable")
            .withMessage("The deployment does not have available replicas").build())
        .endStatus().build();
  }

  private static Optional<ClusterOperator> operator(String available) {
    return Optional.of(new ClusterOperatorBuilder().withNewMetadata().withName("image-registry").endMetadata()
        .withNewStatus().addNewCondition().withType("Available").withStatus(available).endCondition()
        .addNewCondition().withType("Progressing").withStatus("False").endCondition()
        .addNewCondition().withType("Degraded").withStatus("False").endCondition().endStatus().build());
  }

  @Test
  @DisplayName("ready when the awaited generation is observed and every condition is normal")
  void ready() {
    Readiness r = evaluator.evaluate(config(2, 2, "True", "False", "False", ""), operator("True"), 2);
    assertThat(r.state()).isEqualTo(ReadinessState.READY);
    assertThat(r.reason()).isEqualTo("Ready");
  }

  @Test
  @DisplayName("Available=True of an older generation is not ready")
  void staleGeneration() {
    Readiness r = evaluator.evaluate(config(3, 2, "True", "False", "False", ""), operator("True"), 3);
    assertThat(r.state()).isEqualTo(ReadinessState.PROGRESSING);
    assertThat(r.reason()).isEqualTo("GenerationNotObserved");
    assertThat(r.message()).contains("generation 3", "observed generation 2");
  }

  @Test
  @DisplayName("a ClusterOperator that is not available keeps it progressing")
  void operatorNotAvailable() {
    assertThat(evaluator.evaluate(config(2, 2, "True", "False", "False", ""), operator("False"), 2).state())
        .isEqualTo(ReadinessState.PROGRESSING);
  }

  @Test
  @DisplayName("a ready Config without ClusterOperator image-registry is not ready yet, and says the ClusterOperator is missing")
  void operatorAbsent() {
    Readiness r = evaluator.evaluate(config(2, 2, "True", "False", "False", ""), Optional.empty(), 2);
    assertThat(r.state()).isEqualTo(ReadinessState.PROGRESSING);
    assertThat(r.reason()).isEqualTo("ClusterOperatorNotReported");
    assertThat(r.message()).contains("ClusterOperator image-registry has not been reported yet");
  }

  @Test
  @DisplayName("a ClusterOperator with no conditions yet keeps a ready Config progressing")
  void operatorWithoutConditions() {
    Optional<ClusterOperator> bare = Optional.of(new ClusterOperatorBuilder().withNewMetadata().withName("image-registry")
        .endMetadata().build());
    Readiness r = evaluator.evaluate(config(2, 2, "True", "False", "False", ""), bare, 2);
    assertThat(r.state()).isEqualTo(ReadinessState.PROGRESSING);
    assertThat(r.message()).contains("reports no Available=True yet");
  }

  @Test
  @DisplayName("Degraded=True is a failure with the operator's message and a hint")
  void degraded() {
    Readiness r = evaluator.evaluate(config(2, 2, "False", "False", "True", ""), operator("False"), 2);
    assertThat(r.state()).isEqualTo(ReadinessState.FAILED);
    assertThat(r.message()).contains("The deployment does not have available replicas");
    assertThat(r.hint()).get().asString().contains("oc get pods");
  }

  @Test
  @DisplayName("two storage backends fail at once instead of waiting five minutes for Degraded")
  void permanentErrorFailsFast() {
    Readiness r = evaluator.evaluate(config(2, 2, "False", "True", "False",
        "Unable to apply resources: unable to sync storage configuration: exactly one storage type should be configured at the same time, got 2: [EmptyDir PVC]"),
        operator("False"), 2);
    assertThat(r.state()).isEqualTo(ReadinessState.FAILED);
    assertThat(r.hint()).get().asString().contains("removes the previous backend");
  }

  @Test
  @DisplayName("an ordinary rollout is progressing with the operator's message")
  void rollingOut() {
    Readiness r = evaluator.evaluate(config(2, 2, "False", "True", "False", "The deployment has not completed"), operator("False"), 2);
    assertThat(r.state()).isEqualTo(ReadinessState.PROGRESSING);
    assertThat(r.message()).isEqualTo("The registry is ready");
  }
}
