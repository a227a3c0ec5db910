package dev.registrysdk.testkit.junit;

import dev.registrysdk.testkit.FakeOpenShift;
import dev.registrysdk.testkit.Platform;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.openshift.client.OpenShiftClient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JUnit 5 extension behind {@link WithFakeOpenShift}; register it directly for full control over
 * the cluster:
 *
 * <pre>
 * class OdfTest &#123;
 *   &#64;RegisterExtension
 *   static FakeOpenShiftExtension fake = FakeOpenShiftExtension.builder(Platform.VSPHERE)
 *       .configure(cluster -&gt; cluster.withOdf().rolloutDuration(Duration.ofSeconds(30)))
 *       .build();
 *
 *   &#64;Test
 *   void bindsTheClaim(FakeOpenShift cluster, OpenShiftClient client) &#123; ... &#125;
 * &#125;
 * </pre>
 *
 * <p>Clusters are kept in the {@link ExtensionContext.Store} of the class (static fields) or of the
 * test (otherwise) and closed by JUnit with it, on any JUnit 5 release: the stored value is both an
 * {@link AutoCloseable} (what JUnit 5.13 and later close) and an {@code ExtensionContext.Store.CloseableResource}
 * (what earlier releases close). Fields of type {@link FakeOpenShift}, {@link
 * KubernetesClient} or {@link OpenShiftClient} are injected; so are parameters of those types. Declaring
 * both a static and an instance field of those types is a configuration error.
 */
public final class FakeOpenShiftExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
    TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  /** System property naming a directory for failure dumps; unset means log them at WARN. */
  public static final String DUMP_DIRECTORY_PROPERTY = "registrysdk.testkit.dumpDirectory";

  private static final Logger LOG = LoggerFactory.getLogger(FakeOpenShiftExtension.class);
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeOpenShiftExtension.class);
  private static final String CLUSTER = "cluster";

  private final Platform platform;
  private final Consumer<FakeOpenShift.Builder> customizer;

  /** Used by {@link WithFakeOpenShift}: the configuration comes from the annotation. */
  public FakeOpenShiftExtension() {
    this(null, b -> { });
  }

  private FakeOpenShiftExtension(Platform platform, Consumer<FakeOpenShift.Builder> customizer) {
    this.platform = platform;
    this.customizer = customizer;
  }

  /** Starts describing an extension whose clusters run on a platform. */
  public static Builder builder(Platform platform) {
    return new Builder(platform);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    List<Field> statics = clusterFields(testClass, true);
    List<Field> instances = clusterFields(testClass, false);
    if (!statics.isEmpty() && instances.stream().anyMatch(f -> f.getType() == FakeOpenShift.class)
        && statics.stream().anyMatch(f -> f.getType() == FakeOpenShift.class)) {
      throw new ExtensionConfigurationException("Both static and instance FakeOpenShift fields are declared in "
          + testClass.getName() + " (" + names(statics) + " and " + names(instances) + "). A static field means one"
          + " cluster per class, an instance field one per test; keep one kind.");
    }
    if (!statics.isEmpty()) {
      FakeOpenShift cluster = start(context);
      context.getStore(NAMESPACE).put(CLUSTER, new StoredCluster(cluster));
      inject(statics, null, cluster);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Object instance = context.getRequiredTestInstance();
    List<Field> instances = clusterFields(instance.getClass(), false);
    if (!instances.isEmpty()) {
      inject(instances, instance, cluster(context));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeOpenShift.class || type == KubernetesClient.class || type == OpenShiftClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return valueFor(parameter.getParameter().getType(), cluster(context));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    dump(context, throwable);
    throw throwable;
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    dump(context, throwable);
    throw throwable;
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    dump(context, throwable);
    throw throwable;
  }

  /** Returns the cluster for a context: the class's if one exists, else the test's (started on demand). */
  private FakeOpenShift cluster(ExtensionContext context) {
    Optional<FakeOpenShift> existing = find(context);
    if (existing.isPresent()) {
      return existing.get();
    }
    FakeOpenShift cluster = start(context);
    context.getStore(NAMESPACE).put(CLUSTER, new StoredCluster(cluster));
    return cluster;
  }

  private static Optional<FakeOpenShift> find(ExtensionContext context) {
    for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
      StoredCluster stored = c.getStore(NAMESPACE).get(CLUSTER, StoredCluster.class);
      if (stored != null) {
        return Optional.of(stored.cluster());
      }
      if (c.getParent().isEmpty()) {
        break;
      }
    }
    return Optional.empty();
  }

  private FakeOpenShift start(ExtensionContext context) {
    Optional<WithFakeOpenShift> annotation = context.getElement()
        .flatMap(e -> AnnotationSupport.findAnnotation(e, WithFakeOpenShift.class))
        .or(() -> context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, WithFakeOpenShift.class)));
    FakeOpenShift.Builder builder;
    if (platform != null) {
      builder = FakeOpenShift.builder(platform);
    } else {
      WithFakeOpenShift a = annotation.orElse(null);
      builder = FakeOpenShift.builder(a == null ? Platform.BARE_METAL : a.platform());
      if (a != null) {
        builder.swift(a.swift());
        if (a.singleNode()) {
          builder.singleNode();
        }
        if (a.odf()) {
          builder.withOdf();
        }
        if (!a.imageRegistryCapability()) {
          builder.withoutImageRegistryCapability();
        }
        if (a.operatorPaused()) {
          builder.operatorPaused();
        }
      }
    }
    customizer.accept(builder);
    return builder.start();
  }

  private void dump(ExtensionContext context, Throwable failure) {
    Optional<FakeOpenShift> cluster = find(context);
    if (cluster.isEmpty()) {
      return;
    }
    String text = "Fake cluster " + cluster.get() + " after the failure of " + context.getDisplayName() + " ("
        + failure + "):\n" + cluster.get().describe() + "\nRequests:\n" + cluster.get().requests().describe();
    String directory = System.getProperty(DUMP_DIRECTORY_PROPERTY);
    if (directory == null || directory.isBlank()) {
      LOG.warn("{}", text);
      return;
    }
    Path file = Paths.get(directory).resolve(context.getRequiredTestClass().getSimpleName() + "-"
        + context.getTestMethod().map(m -> m.getName()).orElse("class") + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      LOG.warn("Fake cluster dump written to {}", file);
    } catch (IOException e) {
      LOG.warn("Cannot write the fake cluster dump to {}; here it is:\n{}", file, text, e);
    }
  }

  private static List<Field> clusterFields(Class<?> type, boolean statics) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        Class<?> t = field.getType();
        if ((t == FakeOpenShift.class || t == KubernetesClient.class || t == OpenShiftClient.class)
            && Modifier.isStatic(field.getModifiers()) == statics) {
          if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("Field " + c.getName() + "." + field.getName()
                + " is final; the fake cluster cannot be injected into it. Remove 'final'.");
          }
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static void inject(List<Field> fields, Object target, FakeOpenShift cluster) {
    for (Field field : fields) {
      try {
        field.setAccessible(true);
        field.set(target, valueFor(field.getType(), cluster));
      } catch (IllegalAccessException e) {
        throw new ExtensionConfigurationException("Cannot inject the fake cluster into field "
            + field.getDeclaringClass().getName() + "." + field.getName(), e);
      }
    }
  }

  private static Object valueFor(Class<?> type, FakeOpenShift cluster) {
    return type == FakeOpenShift.class ? cluster : cluster.client();
  }

  private static String names(List<Field> fields) {
    return fields.stream().map(Field::getName).reduce((a, b) -> a + ", " + b).orElse("");
  }

  /** Builds a {@link FakeOpenShiftExtension} for {@code @RegisterExtension}. */
  public static final class Builder {
    private final Platform platform;
    private Consumer<FakeOpenShift.Builder> customizer = b -> { };

    private Builder(Platform platform) {
      this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** Adjusts each cluster's builder before it starts (ODF, timing, faults of the bootstrap, ...). */
    public Builder configure(Consumer<FakeOpenShift.Builder> cluster) {
      this.customizer = this.customizer.andThen(Objects.requireNonNull(cluster, "cluster"));
      return this;
    }

    /** Builds the extension. */
    public FakeOpenShiftExtension build() {
      return new FakeOpenShiftExtension(platform, customizer);
    }
  }
}
