// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

/**
 * Why a contributed map or layer could not be used: refused when read (an invalid definition, a
 * duplicate id, a class that could not be created), or failed while drawing (it threw). It
 * names the contributing bundle, as a broken criterion does.
 *
 * @param contributionId the map's or layer's id, possibly empty when it had none
 * @param contributor the contributing bundle's symbolic name
 * @param message the localised explanation
 */
public record MapFailure(String contributionId, String contributor, String message) {

    @Override
    public String toString() {
        return contributor + ": " + message; //$NON-NLS-1$
    }
}
