// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the reports in the workbench (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.report.ui.internal.messages"; //$NON-NLS-1$

    public static String ReportDialog_titleOnePager;
    public static String ReportDialog_titlePortfolio;
    public static String ReportDialog_messageOnePager;
    public static String ReportDialog_messagePortfolio;
    public static String ReportDialog_format;
    public static String ReportDialog_formatPdf;
    public static String ReportDialog_formatHtml;
    public static String ReportDialog_paper;
    public static String ReportDialog_paperA4;
    public static String ReportDialog_paperLetter;
    public static String ReportDialog_language;
    public static String ReportDialog_template;
    public static String ReportDialog_templateHint;
    public static String ReportDialog_templateTitle;
    public static String ReportDialog_browse;
    public static String ReportDialog_browseOutput;
    public static String ReportDialog_sections;
    public static String ReportDialog_summary;
    public static String ReportDialog_onePagers;
    public static String ReportDialog_quadrant;
    public static String ReportDialog_allQuadrants;
    public static String ReportDialog_wave;
    public static String ReportDialog_allWaves;
    public static String ReportDialog_output;
    public static String ReportDialog_generate;
    public static String ReportDialog_noOutput;
    public static String ReportDialog_outputIsFolder;
    public static String ReportDialog_outputNoFolder;
    public static String ReportDialog_noTemplate;
    public static String ReportDialog_nothing;
    public static String ReportJob_name;
    public static String ReportJob_scoring;
    public static String ReportJob_onePagers;
    public static String ReportJob_layout;
    public static String ReportOutcome_doneTitle;
    public static String ReportOutcome_done;
    public static String ReportOutcome_doneSummaryOnly;
    public static String ReportOutcome_open;
    public static String ReportOutcome_openFolder;
    public static String ReportOutcome_close;
    public static String ReportOutcome_failedTitle;
    public static String ReportOutcome_failed;
    public static String ReportOutcome_unexpected;
    public static String ReportOutcome_noViewer;
    public static String Handler_noPortfolioTitle;
    public static String Handler_noPortfolio;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
