// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;
import static dev.cartograph.tests.support.ModelParts.date;

import java.time.LocalDate;

import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Wave;

/** The three-wave roadmap: start inside, then assist the people who serve customers, then bet on the customer. */
@SuppressWarnings("nls")
final class SampleRoadmap {

    private SampleRoadmap() {
    }

    static Roadmap build(SampleIndex index) {
        Roadmap roadmap = FACTORY.createRoadmap();
        roadmap.setName("AI roadmap 2025-2028");
        roadmap.setDescription("Approved by the executive committee on 10 February 2026; reviewed every quarter.");

        Wave quickWins = wave(roadmap, "Wave 1: back-office quick wins", date(2025, 10, 1), date(2026, 6, 30), 7,
                "Internal automation that frees capacity, proves value within months and builds the skills and the "
                        + "platform (extraction, retrieval) the later waves reuse.");
        assign(index, quickWins, "Invoice data extraction", "HR policy assistant", "Garage invoice to claim matching",
                "First notice of loss intake from emails and forms", "Sanctions alert false-positive reduction",
                "Duplicate and inflated invoice detection", "Cover check assistant for claims handlers");

        Wave assisted = wave(roadmap, "Wave 2: assisted service and first customer-facing steps", date(2026, 7, 1),
                date(2027, 3, 31), 8, "AI behind the people who serve customers, then the first low-risk use "
                        + "cases customers see directly; internal work continues on claims and underwriting.");
        assign(index, assisted, "Claims triage and routing model", "Policy wording and clause finder",
                "After-call summaries for agents", "Agent knowledge assistant", "Proactive claim status updates",
                "Renewal price explanation", "Quote pre-fill from registries", "Plain-language settlement letters");

        Wave bets = wave(roadmap, "Wave 3: strategic customer bets", date(2027, 4, 1), date(2028, 3, 31), 6,
                "Generative assistants and prediction at the heart of the customer relationship, built on the data "
                        + "and guardrails of waves 1 and 2.");
        assign(index, bets, "Customer service chat assistant", "Churn prediction and retention offers",
                "Am I covered? policy explainer", "Storm surge call deflection", "Complaint early warning",
                "Claim file briefing for handlers");
        return roadmap;
    }

    private static Wave wave(Roadmap roadmap, String name, LocalDate start, LocalDate end, int capacity,
            String theme) {
        Wave wave = FACTORY.createWave();
        wave.setName(name);
        wave.setStart(start);
        wave.setEnd(end);
        wave.setCapacity(capacity);
        wave.setTheme(theme);
        roadmap.getWaves().add(wave);
        return wave;
    }

    private static void assign(SampleIndex index, Wave wave, String... useCases) {
        for (String useCase : useCases) {
            index.useCase(useCase).setWave(wave);
        }
    }
}
