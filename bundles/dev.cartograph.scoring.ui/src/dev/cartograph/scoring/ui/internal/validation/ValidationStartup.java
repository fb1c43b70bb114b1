// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import org.eclipse.ui.IStartup;

/** Starts validating portfolio files on save when the workbench starts. */
public final class ValidationStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ValidateOnSave.install();
    }
}
