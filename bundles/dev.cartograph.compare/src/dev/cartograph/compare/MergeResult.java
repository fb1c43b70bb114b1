// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * The outcome of a three-way merge.
 *
 * @param resource the merged model, in a new Cartograph resource not yet saved
 * @param conflicts the conflicts, each with both values; the merged model holds ours
 * @param cleanedReferences references to elements that the merge removed, dropped from the merged model, each as
 *            {@code sourceId#feature -> targetId}
 */
public record MergeResult(Resource resource, List<Conflict> conflicts, List<String> cleanedReferences) {

    /**
     * @return whether the merge has at least one conflict
     */
    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}
