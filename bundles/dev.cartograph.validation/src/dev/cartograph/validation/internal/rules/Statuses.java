// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.UseCaseStatus;

/** Where a use case status stands in the life of a use case. */
public final class Statuses {

    private Statuses() {
    }

    /**
     * @param status a status
     * @return whether it is business case, approved, pilot or deployed: the use case has (or
     *         should have) a written business case
     */
    public static boolean hasBusinessCaseStage(UseCaseStatus status) {
        return status == UseCaseStatus.BUSINESS_CASE || isCommitted(status);
    }

    /**
     * @param status a status
     * @return whether it is approved, pilot or deployed: the organisation has decided to do it
     */
    public static boolean isCommitted(UseCaseStatus status) {
        return status == UseCaseStatus.APPROVED || status == UseCaseStatus.PILOT || status == UseCaseStatus.DEPLOYED;
    }

    /**
     * @param status a status
     * @return whether it is pilot or deployed: the use case already runs, planning it is history
     */
    public static boolean isRunning(UseCaseStatus status) {
        return status == UseCaseStatus.PILOT || status == UseCaseStatus.DEPLOYED;
    }
}
