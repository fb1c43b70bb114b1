// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.io.IOException;

/** TEMPORARY until the persistence branch lands. */
public class ModelLoadException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
