package dev.registrysdk.testkit.junit;

import dev.registrysdk.testkit.Platform;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs tests against a fake OpenShift cluster and injects it, or a client bound to it, into fields and
 * parameters of type {@link dev.registrysdk.testkit.FakeOpenShift}, {@link
 * io.fabric8.kubernetes.client.KubernetesClient} and {@link io.fabric8.openshift.client.OpenShiftClient}.
 *
 * <p>The lifetime follows the fields: a <b>static</b> field gives one cluster for the whole class; with
 * only instance fields or parameters, each test gets a fresh cluster.
 *
 * <pre>
 * &#64;WithFakeOpenShift(platform = Platform.AWS)
 * class InstallerTest &#123;
 *   FakeOpenShift cluster;          // a new cluster per test
 *   OpenShiftClient client;         // bound to that cluster
 *
 *   &#64;Test
 *   void configuresS3() &#123;
 *     new MyInstaller(client).run();
 *     assertThat(cluster).registry().isAvailable().hasStorage("s3");
 *   &#125;
 * &#125;
 * </pre>
 *
 * <p>On a test failure the extension logs the cluster's objects and conditions (set the system
 * property {@value FakeOpenShiftExtension#DUMP_DIRECTORY_PROPERTY} to a directory to write them to a
 * file instead). For options beyond these attributes, register {@link FakeOpenShiftExtension} with
 * {@code @RegisterExtension} and its builder.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(FakeOpenShiftExtension.class)
public @interface WithFakeOpenShift {

  /** The platform; decides how the registry is bootstrapped. */
  Platform platform() default Platform.BARE_METAL;

  /** Single-node topology (replicas clamped to 1). */
  boolean singleNode() default false;

  /** On OpenStack: whether Swift is available. */
  boolean swift() default true;

  /** Install OpenShift Data Foundation. */
  boolean odf() default false;

  /** Whether the ImageRegistry capability is enabled (false: no Config, no ClusterOperator). */
  boolean imageRegistryCapability() default true;

  /** Start with the simulated operator paused. */
  boolean operatorPaused() default false;
}
