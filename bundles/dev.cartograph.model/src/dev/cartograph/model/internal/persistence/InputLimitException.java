// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.io.IOException;

/** Thrown while reading a file that turns out to be larger than the limit loads accept. */
public final class InputLimitException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    /** @param limit the largest number of bytes a load reads */
    public InputLimitException(long limit) {
        super("The input is larger than " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        this.limit = limit;
    }

    /** @return the largest number of bytes a load reads */
    public long getLimit() {
        return limit;
    }
}
