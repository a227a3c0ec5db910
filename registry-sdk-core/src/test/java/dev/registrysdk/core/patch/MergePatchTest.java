package dev.registrysdk.core.patch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MergePatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @DisplayName("apply follows the examples of RFC 7386")
  @CsvSource(delimiter = '|', value = {
      "{'a':'b'}|{'a':'c'}|{'a':'c'}",
      "{'a':'b'}|{'b':'c'}|{'a':'b','b':'c'}",
      "{'a':'b'}|{'a':null}|{}",
      "{'a':'b','b':'c'}|{'a':null}|{'b':'c'}",
      "{'a':['b']}|{'a':'c'}|{'a':'c'}",
      "{'a':'c'}|{'a':['b']}|{'a':['b']}",
      "{'a':{'b':'c'}}|{'a':{'b':'d','c':null}}|{'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}|{'a':[1]}|{'a':[1]}",
      "{}|{'a':{'bb':{'ccc':null}}}|{'a':{'bb':{}}}"})
  void applyRfcExamples(String target, String patch, String result) throws Exception {
    assertThat(MergePatch.apply(json(target), json(patch))).isEqualTo(json(result));
  }

  @Test
  @DisplayName("effective drops what would not change anything")
  void effectiveMinimises() throws Exception {
    JsonNode current = json("{'spec':{'replicas':1,'storage':{'emptyDir':{}},'logLevel':'Normal'}}");
    JsonNode patch = json("{'spec':{'replicas':1,'logLevel':'Debug','storage':{'pvc':null,'emptyDir':{}}}}");
    assertThat(MergePatch.effective(current, patch)).isEqualTo(json("{'spec':{'logLevel':'Debug'}}"));
    assertThat(MergePatch.effective(current, json("{'spec':{'replicas':1}}")).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("inverse restores the object exactly")
  void inverseRestores() throws Exception {
    JsonNode before = json("{'spec':{'replicas':1,'storage':{'emptyDir':{}},'routes':[{'name':'a'}]}}");
    JsonNode patch = json("{'spec':{'replicas':2,'storage':{'emptyDir':null,'pvc':{'claim':''}},'routes':[],'readOnly':true}}");
    JsonNode after = MergePatch.apply(before, patch);
    assertThat(MergePatch.apply(after, MergePatch.inverse(before, patch))).isEqualTo(before);
  }

  @Test
  @DisplayName("diff creates the patch that turns one object into another")
  void diffCreates() throws Exception {
    JsonNode a = json("{'x':1,'y':{'z':2,'w':3},'k':[1]}");
    JsonNode b = json("{'x':1,'y':{'z':4},'k':[2],'n':true}");
    assertThat(MergePatch.apply(a, MergePatch.diff(a, b))).isEqualTo(b);
  }

  @Test
  @DisplayName("describe prints one line per leaf and masks what it is told to")
  void describeMasks() throws Exception {
    JsonNode before = json("{'data':{'KEY':'b2xk'},'spec':{'replicas':1}}");
    JsonNode patch = json("{'data':{'KEY':'bmV3','OTHER':'eA=='},'spec':{'replicas':2}}");
    assertThat(MergePatch.describe(before, patch, path -> path.startsWith("data.")))
        .containsExactly("data.KEY: **** -> ****", "data.OTHER: (unset) -> ****", "spec.replicas: 1 -> 2");
  }
}
