// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

/** Formats file sizes for messages. */
final class Sizes {

    private static final long MEGABYTE = 1024L * 1024L;

    private Sizes() {
    }

    /**
     * @param bytes a size in bytes
     * @return the size in bytes below one megabyte, in megabytes above
     */
    static String format(long bytes) {
        if (bytes < MEGABYTE) {
            return Messages.format("Size_bytes", bytes); //$NON-NLS-1$
        }
        return Messages.format("Size_megabytes", bytes / (double) MEGABYTE); //$NON-NLS-1$
    }
}
