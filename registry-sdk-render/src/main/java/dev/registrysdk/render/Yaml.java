package dev.registrysdk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Jackson's YAML writer, set up for Kubernetes manifests. */
final class Yaml {

  private static final YAMLMapper SINGLE = mapper(false);
  private static final YAMLMapper STREAM = mapper(true);

  private Yaml() {}

  private static YAMLMapper mapper(boolean documentMarkers) {
    YAMLFactory factory = YAMLFactory.builder()
        .configure(YAMLGenerator.Feature.WRITE_DOC_START_MARKER, documentMarkers)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    return new YAMLMapper(factory);
  }

  /** One document. */
  static String write(JsonNode document) {
    try {
      return SINGLE.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write YAML", e);
    }
  }

  /** Several documents in one stream, each starting with {@code ---}. */
  static String writeAll(List<? extends JsonNode> documents) {
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = STREAM.writer().writeValues(out)) {
      for (JsonNode document : documents) {
        writer.write(document);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write YAML", e);
    }
    return out.toString();
  }
}
