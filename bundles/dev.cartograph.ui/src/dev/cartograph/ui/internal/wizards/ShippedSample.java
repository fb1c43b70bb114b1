// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.wizards;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import dev.cartograph.ui.internal.Messages;

/** The sample portfolio shipped with Cartograph (Kestrel Mutual), in the sample bundle. */
public final class ShippedSample {

    /** Bundle that ships the sample file. */
    public static final String BUNDLE = "dev.cartograph.sample"; //$NON-NLS-1$
    /** Path of the sample file inside {@link #BUNDLE}. */
    public static final String ENTRY = "portfolios/kestrel-mutual.cartograph"; //$NON-NLS-1$

    private ShippedSample() {
    }

    /** @return whether the sample is installed */
    public static boolean isInstalled() {
        Bundle bundle = Platform.getBundle(BUNDLE);
        return bundle != null && bundle.getEntry(ENTRY) != null;
    }

    /**
     * @return where the sample portfolio is inside the installed product
     * @throws IOException if it is not installed
     */
    public static URL url() throws IOException {
        Bundle bundle = Platform.getBundle(BUNDLE);
        URL url = bundle == null ? null : bundle.getEntry(ENTRY);
        if (url == null) {
            throw new IOException(Messages.ShippedSample_missing);
        }
        return url;
    }
}
