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
 * to {@code Managed} on a claim. The documented hand procedure (leave the claim empty and let the
 * operator create a ReadWriteMany claim) would hang on bare metal's block-only default storage
 * class; the SDK says so before writing, and the block-storage procedure is applied instead. Runs
 * against an embedded fake cluster; no real cluster is needed.
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

      RegistryConfigurer handProcedure = RegistryConfigurer.on(cluster.client()).managed().storage(Pvc.operatorDefault());
      out.println();
      out.println("The hand procedure's claim left empty, planned first:");
      handProcedure.plan().errors().forEach(error -> out.println("  refused: " + error));

      RegistryConfigurer desired = RegistryConfigurer.on(cluster.client())
          .managed()
          .storage(Pvc.block());

      Plan plan = desired.plan();
      out.println();
      out.println("Block storage instead:");
      out.print(plan.render());

      ApplyResult result = desired.apply();
      out.println();
      out.println("Applied " + result.changes().size() + " change(s) in " + result.attempts() + " attempt(s); waiting for the operator...");

      Readiness readiness = result.awaitReady(Duration.ofMinutes(2));
      out.println("Registry: " + readiness.describe());
      out.println("Observed " + readiness.observations() + " time(s) in " + readiness.elapsed().toMillis() + " ms");
      var config = cluster.client().imageRegistryOperatorConfigs().withName("cluster").get();
      out.println("Storage now: pvc.claim=" + config.getSpec().getStorage().getPvc().getClaim()
          + ", replicas=" + config.getSpec().getReplicas() + ", rolloutStrategy=" + config.getSpec().getRolloutStrategy());
      var claim = cluster.client().persistentVolumeClaims().inNamespace("openshift-image-registry")
          .withName("image-registry-storage").get();
      out.println("Claim: " + claim.getSpec().getAccessModes() + " " + claim.getSpec().getResources().getRequests().get("storage")
          + " on " + claim.getSpec().getStorageClassName() + ", " + claim.getStatus().getPhase());

      out.println();
      out.println("Applying the same state again writes nothing: " + (desired.apply().changed() ? "changed" : "no change"));
    }
  }
}
