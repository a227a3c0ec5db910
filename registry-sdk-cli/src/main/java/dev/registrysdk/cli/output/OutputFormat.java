package dev.registrysdk.cli.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** {@code --output}: text for people, JSON or YAML for tools. */
public enum OutputFormat {
  /** Readable text. */
  TEXT,
  /** One JSON document. */
  JSON,
  /** One YAML document. */
  YAML;

  /** Writes a view as JSON or YAML; text forms are the commands' own. */
  public void write(PrintWriter out, Object view) {
    try {
      String text = switch (this) {
        case JSON -> Mappers.JSON.writeValueAsString(view) + System.lineSeparator();
        case YAML -> Mappers.yaml().writeValueAsString(view);
        case TEXT -> throw new IllegalStateException("text output is written by each command");
      };
      out.print(text);
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + this, e);
    }
  }

  /** Converts {@code text}, {@code json}, {@code yaml}. */
  public static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /** Created on first use, so text output never loads Jackson's YAML classes. */
  private static final class Mappers {
    static final ObjectMapper JSON = new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.INDENT_OUTPUT);

    private static YAMLMapper yaml;

    static synchronized YAMLMapper yaml() {
      if (yaml == null) {
        YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
        mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
        yaml = mapper;
      }
      return yaml;
    }
  }
}
