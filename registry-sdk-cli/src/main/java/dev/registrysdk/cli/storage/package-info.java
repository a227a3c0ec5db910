/**
 * Storage options: {@code --storage BACKEND} and one option group per backend, whose options are
 * refused with any other backend. {@link dev.registrysdk.cli.storage.StorageOptions} turns them into
 * one of registry-sdk-storage's providers.
 */
@NullMarked
package dev.registrysdk.cli.storage;

import org.jspecify.annotations.NullMarked;
