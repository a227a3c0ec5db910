/**
 * The storage provider SPI: {@link dev.registrysdk.api.spi.StorageProvider} and what it returns.
 *
 * <p>A provider returns a value saying what to change ({@link dev.registrysdk.api.spi.StorageContribution});
 * the engine validates, orders and writes. Providers in {@code registry-sdk-storage} implement every
 * backend the operator supports; users may write their own and prove them with the compatibility
 * kit in that module's test jar.
 */
@RegistryStyle
@NullMarked
package dev.registrysdk.api.spi;

import dev.registrysdk.api.RegistryStyle;
import org.jspecify.annotations.NullMarked;
