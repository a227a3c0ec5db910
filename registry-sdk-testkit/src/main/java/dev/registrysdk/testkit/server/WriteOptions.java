package dev.registrysdk.testkit.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of one write, from the request's query parameters or set by a simulated controller.
 *
 * @param dryRun validate and answer, but do not store ({@code dryRun=All})
 * @param fieldManager the manager recorded in {@code managedFields}
 * @param force server-side apply takes over conflicting fields ({@code force=true})
 * @param fieldValidation {@code Ignore}, {@code Warn} or {@code Strict} for unknown fields
 * @param keepStatus keep {@code status} on create (controllers seeding objects)
 * @param warnings collects warnings for the {@code Warning} response header
 */
@TestkitInternal
public record WriteOptions(boolean dryRun, String fieldManager, boolean force, String fieldValidation,
    boolean keepStatus, List<String> warnings) {

  /** Options for a write by a simulated controller. */
  public static WriteOptions controller(String manager) {
    return new WriteOptions(false, manager, true, "Ignore", true, new ArrayList<>());
  }

  /** Options for a client request. */
  public static WriteOptions request(boolean dryRun, String manager, boolean force, String fieldValidation) {
    return new WriteOptions(dryRun, manager, force, fieldValidation == null ? "Warn" : fieldValidation, false,
        new ArrayList<>());
  }
}
