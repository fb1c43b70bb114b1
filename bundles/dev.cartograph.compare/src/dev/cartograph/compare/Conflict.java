// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

/**
 * A change of one side of a merge that could not be combined with the other side's. The merged model holds
 * {@link #ours() our} value (for a deletion against a change: the changed element); the other is kept here.
 *
 * @param kind what conflicted
 * @param elementId the element's id
 * @param className the name of the element's class
 * @param feature the feature both sides changed, or {@code null} for a deletion against a change
 * @param base the common ancestor's value (literal, id or list of them), {@code null} if unset
 * @param ours our value, {@code null} if unset or deleted
 * @param theirs their value, {@code null} if unset or deleted
 */
public record Conflict(Kind kind, String elementId, String className, String feature, Object base, Object ours,
        Object theirs) {

    /** What conflicted. */
    public enum Kind {
        /** Both sides changed the same feature to different values (or reordered a list differently). */
        BOTH_CHANGED,
        /** Both sides moved the element to different places. */
        BOTH_MOVED,
        /** We deleted the element, they changed it (or something in it): it is kept, with their changes. */
        DELETED_BY_US,
        /** They deleted the element, we changed it (or something in it): it is kept, with our changes. */
        DELETED_BY_THEM
    }
}
