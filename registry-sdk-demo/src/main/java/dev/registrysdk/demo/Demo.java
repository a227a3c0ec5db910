package dev.registrysdk.demo;

import dev.registrysdk.api.plan.Plan;
import dev.registrysdk.api.readiness.Readiness;
import dev.registrysdk.core.ApplyResult;
import dev.registrysdk.core.RegistryConfigurer;
import dev.registrysdk.storage.pvc.Pvc;
import dev.registrysdk.testkit.FakeOpenShift;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The README's main job: a bare-metal cluster whose registry bootstraps {@code Removed} is switched
 * to {@code Managed} on the claim the operator creates, as the bare-metal procedure does by hand with
 * {@code oc patch}. Runs against an embedded fake cluster; no real cluster is needed.
 */
public final class Demo {

  private Demo() {}

  /** Prints the plan, applies it, waits for the registry and prints the result. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    try (FakeOpenShift cluster = FakeOpenShift.bareMetal().start()) {
      out.println("Embedded fake cluster: " + cluster.platform() + " at " + cluster.url());
      out.println("Registry before: managementState="
          + cluster.client().imageRegistryOperatorConfigs().withName("cluster").get().getSpec().getManagementState());

      RegistryConfigurer desired = RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.operatorDefault());

      Plan plan = desired.plan();
      out.println();
      out.print(plan.render());

      ApplyResult result = desired.apply();
      out.println();
      out.println("Applied " + result.changes().size() + " change(s) in " + result.attempts() + " attempt(s); waiting for the operator...");

      Readiness readiness = result.awaitReady(Duration.ofMinutes(2));
      out.println("Registry: " + readiness.describe());
      out.println("Observed " + readiness.observations() + " time(s) in " + readiness.elapsed().toMillis() + " ms");
      var config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      out.println("Storage now: pvc.claim=" + config.getSpec().getStorage().getPvc().getClaim()
          + ", managementState=" + config.getSpec().getStorage().getManagementState());
      out.println("Claim created by the operator: " + cluster.client().persistentVolumeClaims()
          .inNamespace("openshift-image-registry").withName("image-registry-storage").get().getSpec().getAccessModes());

      out.println();
      out.println("Applying the same state again writes nothing: " + (desired.apply().changed() ? "changed" : "no change"));
    }
  }
}
