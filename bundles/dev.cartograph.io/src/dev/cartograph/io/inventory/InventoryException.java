// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

/**
 * An inventory or a mapping file that cannot be read at all (empty, not what its extension says, no header
 * row, a broken mapping file). Its message names the file, and the row and column when there is one.
 */
public class InventoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the whole message, naming the file
     * @param cause what went wrong underneath, or {@code null}
     */
    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
