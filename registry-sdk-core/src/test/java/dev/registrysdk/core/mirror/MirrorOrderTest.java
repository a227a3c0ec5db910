package dev.registrysdk.core.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MirrorOrderTest {

  @Test
  @DisplayName("merges (B, C) and (A, B) into (A, B, C)")
  void keepsEachOrder() {
    assertThat(MirrorOrder.merge("src", List.of(List.of("b", "c"), List.of("a", "b")))).containsExactly("a", "b", "c");
  }

  @Test
  @DisplayName("orders unrelated lists by name, as the Machine Config Operator does")
  void tiesByName() {
    assertThat(MirrorOrder.merge("registry.access.redhat.com/ubi8/ubi-minimal", List.of(
        List.of("example.io/example/ubi-minimal"), List.of("example.com/example/ubi-minimal"))))
        .containsExactly("example.com/example/ubi-minimal", "example.io/example/ubi-minimal");
  }

  @Test
  @DisplayName("keeps the source where a list puts it before other mirrors, and drops it when last")
  void sourceInList() {
    assertThat(MirrorOrder.merge("s", List.of(List.of("a", "s", "b")))).containsExactly("a", "s", "b");
    assertThat(MirrorOrder.merge("s", List.of(List.of("a", "s")))).containsExactly("a");
  }

  @Test
  @DisplayName("breaks a cycle at the first name in sorted order")
  void cycle() {
    assertThat(MirrorOrder.merge("s", List.of(List.of("a", "b"), List.of("b", "a")))).containsExactly("a", "b");
  }
}
