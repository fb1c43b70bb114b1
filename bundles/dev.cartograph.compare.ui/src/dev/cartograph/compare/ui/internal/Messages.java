// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of compare and merge in the workbench. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.cartograph.compare.ui.internal.messages"; //$NON-NLS-1$

    public static String DiffView_change;
    public static String DiffView_before;
    public static String DiffView_after;
    public static String DiffView_empty;
    public static String DiffView_title;
    public static String DiffView_decision;
    public static String DiffView_decisionUnchanged;
    public static String DiffView_findings;
    public static String DiffView_finding;
    public static String DiffView_introduced;
    public static String DiffView_fixed;
    public static String DiffView_changes;
    public static String DiffView_noChange;
    public static String DiffView_added;
    public static String DiffView_removed;
    public static String DiffView_moved;
    public static String DiffView_rank;
    public static String DiffView_standing;
    public static String DiffView_quadrant;
    public static String DiffView_overall;
    public static String DiffView_impact;
    public static String DiffView_feasibility;
    public static String DiffView_wave;
    public static String DiffView_unranked;
    public static String DiffView_none;
    public static String Compare_failed;
    public static String Compare_needTwo;
    public static String Revision_title;
    public static String Revision_message;
    public static String Revision_noRepository;
    public static String Revision_noHistory;
    public static String Revision_label;
    public static String ConflictsView_element;
    public static String ConflictsView_feature;
    public static String ConflictsView_base;
    public static String ConflictsView_ours;
    public static String ConflictsView_theirs;
    public static String ConflictsView_takeOurs;
    public static String ConflictsView_takeTheirs;
    public static String ConflictsView_noEditor;
    public static String ConflictsView_none;
    public static String ConflictsView_count;
    public static String ConflictsView_unreadable;
    public static String ConflictsView_deleted;
    public static String ConflictsView_cannotApply;
    public static String ConflictsView_commandOurs;
    public static String ConflictsView_commandTheirs;
    public static String ConflictsView_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
