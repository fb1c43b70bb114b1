// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui;

/**
 * Identifiers of the reports in the workbench, as declared in this bundle's {@code plugin.xml}.
 */
public final class ReportUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "dev.cartograph.report.ui"; //$NON-NLS-1$

    /** The command that exports the one-page business case of the selected use case. */
    public static final String EXPORT_BUSINESS_CASE_COMMAND_ID = PLUGIN_ID + ".exportBusinessCase"; //$NON-NLS-1$

    /** The command that opens the portfolio report dialog for the active editor's or selected portfolio. */
    public static final String GENERATE_REPORT_COMMAND_ID = PLUGIN_ID + ".generateReport"; //$NON-NLS-1$

    /** The family of the jobs that make reports ({@code Job.getJobManager().find(JOB_FAMILY)}). */
    public static final Object JOB_FAMILY = ReportUi.class;

    private ReportUi() {
    }
}
