/**
 * The compatibility kit of the storage provider SPI:
 * {@link dev.registrysdk.tck.StorageProviderCompatibilityKit}, an abstract JUnit 5 test that proves
 * a {@link dev.registrysdk.api.spi.StorageProvider} keeps the contract the engine relies on.
 *
 * <p>Add {@code dev.registrysdk:registry-sdk-tck} in test scope and extend the kit once per
 * provider configuration worth checking.
 */
@NullMarked
package dev.registrysdk.tck;

import org.jspecify.annotations.NullMarked;
