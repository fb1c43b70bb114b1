// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;

import dev.cartograph.service.ScoringServices;

/** This bundle's id, and services opened on the running platform's registry for one test class. */
final class ThisBundle {

    /** The bundle that contributes the broken criteria and the test strategies. */
    static final String ID = "dev.cartograph.service.tests";

    private ThisBundle() {
    }

    /** Services of their own, opened while the statuses logged by any bundle are recorded. */
    static final class Opened implements AutoCloseable {
        final ScoringServices services;
        final List<IStatus> logged = new ArrayList<>();
        private final org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> record(status);

        Opened() {
            Platform.addLogListener(listener);
            services = ScoringServices.open(RegistryFactory.getRegistry());
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
            services.dispose();
            Platform.removeLogListener(listener);
        }
    }
}
