// SPDX-License-Identifier: EPL-2.0
/**
 * Roadmap proposals: waves filled from the quadrants, gates, dependencies and capacities,
 * internal quick wins first, each placement with its reason, applied to the model as one
 * undoable EMF command. Entry point: {@link dev.cartograph.scoring.roadmap.RoadmapPlanner}.
 */
package dev.cartograph.scoring.roadmap;
