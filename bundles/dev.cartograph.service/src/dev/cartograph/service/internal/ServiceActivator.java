// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the shared scoring and validation services listening to the extension registry when this bundle stops. */
public final class ServiceActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // The services are opened lazily, by ScoringServices.getDefault() and ValidationServices.getDefault().
    }

    @Override
    public void stop(BundleContext context) {
        DefaultServices.dispose();
    }
}
