// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.model.Scope;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;

/**
 * The regions of the portfolio map, in their order: the method's internal high-volume and
 * long-tail workflows first (start inside), then the external workflows, then the journeys. A
 * workflow is external if its scope is external or it is customer-facing; an internal one is
 * long-tail if so categorised, else high-volume.
 */
public enum Regions {
    /** Internal high-volume, repetitive workflows. */
    INTERNAL_HIGH_VOLUME("region:internalHighVolume", "Region_internalHighVolume"), //$NON-NLS-1$ //$NON-NLS-2$
    /** The internal long tail of small activities. */
    INTERNAL_LONG_TAIL("region:internalLongTail", "Region_internalLongTail"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Workflows that touch the customer. */
    EXTERNAL("region:external", "Region_external"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Customer journeys. */
    JOURNEYS("region:journeys", "Region_journeys"), //$NON-NLS-1$ //$NON-NLS-2$
    /** Use cases anchored nowhere: not yet use cases, shown only when there are some. */
    UNANCHORED("region:unanchored", "Region_unanchored"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String id;
    private final String key;

    Regions(String id, String key) {
        this.id = id;
        this.key = key;
    }

    /** @return the band's id */
    public String id() {
        return id;
    }

    /** @return the message key of its name */
    String key() {
        return key;
    }

    /**
     * @param workflow a workflow
     * @return its region
     */
    public static Regions of(Workflow workflow) {
        if (workflow.getScope() == Scope.EXTERNAL || workflow.getCategory() == WorkflowCategory.CUSTOMER_FACING) {
            return EXTERNAL;
        }
        return workflow.getCategory() == WorkflowCategory.LONG_TAIL ? INTERNAL_LONG_TAIL : INTERNAL_HIGH_VOLUME;
    }
}
