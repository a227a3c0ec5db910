package dev.registrysdk.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Patch algorithms")
class PatchesTest {

  @Nested
  @DisplayName("JSON merge patch (RFC 7386)")
  class Merge {

    @Test
    @DisplayName("follows the RFC's examples")
    void rfcExamples() {
      assertThat(MergePatch.apply(Json.parse("{\"a\":\"b\"}"), Json.parse("{\"a\":\"c\"}")))
          .isEqualTo(Json.parse("{\"a\":\"c\"}"));
      assertThat(MergePatch.apply(Json.parse("{\"a\":\"b\",\"b\":\"c\"}"), Json.parse("{\"a\":null}")))
          .isEqualTo(Json.parse("{\"b\":\"c\"}"));
      assertThat(MergePatch.apply(Json.parse("{\"a\":[\"b\"]}"), Json.parse("{\"a\":[\"c\",\"d\"]}")))
          .isEqualTo(Json.parse("{\"a\":[\"c\",\"d\"]}"));
      assertThat(MergePatch.apply(Json.parse("{\"e\":null}"), Json.parse("{\"a\":1}")))
          .isEqualTo(Json.parse("{\"e\":null,\"a\":1}"));
      assertThat(MergePatch.apply(Json.parse("{}"), Json.parse("{\"a\":{\"bb\":{\"ccc\":null}}}")))
          .isEqualTo(Json.parse("{\"a\":{\"bb\":{}}}"));
    }
  }

  @Nested
  @DisplayName("strategic merge patch")
  class Strategic {

    @Test
    @DisplayName("merges containers by name and keeps the others")
    void mergesByName() {
      var target = Json.parse("{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"1\"}]}");
      var patch = Json.parse("{\"containers\":[{\"name\":\"b\",\"image\":\"2\"}]}");
      assertThat(StrategicMergePatch.apply(target, patch)).isEqualTo(Json.parse(
          "{\"containers\":[{\"name\":\"a\",\"image\":\"1\"},{\"name\":\"b\",\"image\":\"2\"}]}"));
    }

    @Test
    @DisplayName("deletes an item with $patch: delete and honours $setElementOrder")
    void directives() {
      var target = Json.parse("{\"env\":[{\"name\":\"A\"},{\"name\":\"B\"},{\"name\":\"C\"}]}");
      var patch = Json.parse("{\"$setElementOrder/env\":[{\"name\":\"C\"},{\"name\":\"A\"}],"
          + "\"env\":[{\"name\":\"B\",\"$patch\":\"delete\"}]}");
      assertThat(StrategicMergePatch.apply(target, patch)).isEqualTo(Json.parse(
          "{\"env\":[{\"name\":\"C\"},{\"name\":\"A\"}]}"));
    }

    @Test
    @DisplayName("replaces lists without a merge key")
    void replacesOtherLists() {
      var target = Json.parse("{\"args\":[\"a\",\"b\"]}");
      assertThat(StrategicMergePatch.apply(target, Json.parse("{\"args\":[\"c\"]}")))
          .isEqualTo(Json.parse("{\"args\":[\"c\"]}"));
    }
  }
}
