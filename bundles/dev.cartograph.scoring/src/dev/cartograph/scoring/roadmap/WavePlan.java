// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import java.util.List;
import java.util.Optional;

import dev.cartograph.model.Wave;

/**
 * One wave of a proposal.
 *
 * @param number the wave's number, from 1
 * @param name the wave's name
 * @param wave the model's wave, or {@code null} for a wave the proposal would create
 * @param capacity how many use cases the wave takes
 * @param delivered how many of its places deployed use cases take (they stay in the wave that delivered them)
 * @param placements the use cases placed in it, in the order they were placed
 */
public record WavePlan(int number, String name, Wave wave, int capacity, int delivered, List<Placement> placements) {

    /** Copies the list. */
    public WavePlan {
        placements = List.copyOf(placements);
    }

    /** @return the model's wave, if the wave exists in the model */
    public Optional<Wave> modelWave() {
        return Optional.ofNullable(wave);
    }
}
