// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;

import dev.cartograph.service.ScoringServices;
import dev.cartograph.service.ValidationServices;

/** This bundle's id, and services opened on the running platform's registry for one test class. */
final class ThisBundle {

    /** The bundle that contributes the broken criteria and the test strategies. */
    static final String ID = "dev.cartograph.service.tests";

    /** The bundle that contributes the built-in rules. */
    static final String VALIDATION = "dev.cartograph.validation";

    /** The example third-party plug-in. */
    static final String EXAMPLE = "dev.cartograph.example.criterion";

    private ThisBundle() {
    }

    /** Services of their own, opened while the statuses logged by any bundle are recorded. */
    static final class Opened implements AutoCloseable {
        final ScoringServices services;
        final List<IStatus> logged = new ArrayList<>();
        private final org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> record(status);
        private ValidationServices validation;

        Opened() {
            Platform.addLogListener(listener);
            services = ScoringServices.open(RegistryFactory.getRegistry());
        }

        /** @return validation services on these scoring services, opened on the first call */
        synchronized ValidationServices validation() {
            if (validation == null) {
                validation = ValidationServices.open(RegistryFactory.getRegistry(), services);
            }
            return validation;
        }

        private synchronized void record(IStatus status) {
            logged.add(status);
        }

        /** @return every status logged since the services were opened */
        synchronized List<IStatus> statuses() {
            return List.copyOf(logged);
        }

        /** @return the errors logged against this test bundle */
        synchronized List<String> errorsOfThisBundle() {
            return logged.stream()
                    .filter(s -> s.getSeverity() == IStatus.ERROR && ID.equals(s.getPlugin()))
                    .map(IStatus::getMessage).toList();
        }

        @Override
        public void close() {
            synchronized (this) {
                if (validation != null) {
                    validation.dispose();
                }
            }
            services.dispose();
            Platform.removeLogListener(listener);
        }
    }
}
