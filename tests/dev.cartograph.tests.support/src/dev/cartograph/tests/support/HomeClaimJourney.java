// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;
import static dev.cartograph.tests.support.ModelParts.date;
import static dev.cartograph.tests.support.ModelParts.friction;
import static dev.cartograph.tests.support.ModelParts.measured;
import static dev.cartograph.tests.support.ModelParts.said;
import static dev.cartograph.tests.support.ModelParts.stage;
import static dev.cartograph.tests.support.ModelParts.touchpoint;

import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;

/** The journey of a home insurance customer who makes a claim, through to renewal or departure. */
@SuppressWarnings("nls")
final class HomeClaimJourney {

    private final CustomerJourney journey = FACTORY.createCustomerJourney();

    static CustomerJourney build() {
        HomeClaimJourney home = new HomeClaimJourney();
        home.journey.setName("Home claimant");
        home.journey.setPersona("Pieter and Els Claes, both 56, own a terraced house in Ghent. Home and contents "
                + "policy with Kestrel for 12 years through a local broker; hardly ever in touch until a storm "
                + "tears tiles off their roof.");
        home.journey.setDescription("The journey of a home customer (680,000 policies) around a claim, mapped "
                + "from claim files, call listening, complaints and interviews with claimants in Belgium and "
                + "Ireland between June and September 2025.");
        home.discovery();
        home.onboarding();
        home.engagement();
        home.support();
        home.retention();
        home.postJourney();
        return home.journey;
    }

    private void discovery() {
        JourneyStage stage = stage(journey, "Check cover before a loss", StageKind.DISCOVERY,
                "Customers look up what their policy covers, often when a storm is forecast or just after damage.");
        Touchpoint documents = touchpoint(stage, "Policy documents online", Channel.WEB,
                "Policy schedule and the 46-page wording in the portal.");
        Touchpoint broker = touchpoint(stage, "Local broker", Channel.PARTNER,
                "Brokers place 45% of home policies in Belgium.");

        Friction wording = friction(stage, "Policy wording hard to understand", Severity.HIGH, Frequency.FREQUENT,
                "The wording is 46 pages long; customers cannot tell whether storm damage to a shed, water "
                        + "ingress or a garden wall is covered.",
                documents, broker);
        measured(wording, EvidenceKind.SURVEY, "Home customer survey, n=1,800",
                "61% unsure whether their policy covers storm damage to outbuildings", "home/customer-survey-2025",
                date(2025, 6, 20));
        measured(wording, EvidenceKind.SUPPORT_TICKETS, "Contact reason coding, 2024",
                "4,100 'am I covered?' contacts a month", "service/contact-reasons-2024", date(2025, 8, 4));
    }

    private void onboarding() {
        JourneyStage stage = stage(journey, "Report the damage", StageKind.ONBOARDING,
                "The customer reports the loss and the claim is opened.");
        Touchpoint hotline = touchpoint(stage, "Home claims hotline", Channel.PHONE,
                "Claims line, extended hours in storm weeks.");
        Touchpoint form = touchpoint(stage, "Online claim form", Channel.WEB, "Web first notice of loss.");
        touchpoint(stage, "Home claim in the app", Channel.MOBILE_APP, "App first notice of loss with photos.");

        Friction waits = friction(stage, "Long waits on the claims line after storms", Severity.CRITICAL,
                Frequency.OCCASIONAL, "After a storm, claim volumes triple for a week and waits exceed 20 minutes.",
                hotline);
        measured(waits, EvidenceKind.ANALYTICS, "Queue statistics, storm week of 18 November 2024",
                "average wait 23 minutes; 31% of calls abandoned", "claims/storm-week-2024-11", date(2025, 6, 5));
        said(waits, EvidenceKind.NPS_VERBATIM, "Claims NPS verbatims, home, 2024-2025",
                "\"Half the roof gone, rain coming in, and I was on hold for half an hour.\"",
                "home/claims-nps-2025", date(2025, 7, 3));

        Friction policyNumber = friction(stage, "Claim form asks for the policy number", Severity.MEDIUM,
                Frequency.FREQUENT, "The online form cannot start without the policy number, which customers "
                        + "rarely have to hand in an emergency.",
                form);
        measured(policyNumber, EvidenceKind.ANALYTICS, "Web analytics, home claim form, 2025",
                "38% of started forms abandoned at the policy-number field", "home/claim-form-funnel",
                date(2025, 7, 10));
    }

    private void engagement() {
        JourneyStage stage = stage(journey, "Assessment and repair", StageKind.ENGAGEMENT,
                "A loss adjuster or contractor assesses the damage and the repair is agreed.");
        Touchpoint visit = touchpoint(stage, "Loss adjuster visit", Channel.IN_PERSON,
                "On-site inspection by an in-house or external adjuster.");
        touchpoint(stage, "Contractor network", Channel.PARTNER, "Approved roofers, plumbers and builders.");
        Touchpoint claimEmails = touchpoint(stage, "Claim emails", Channel.EMAIL,
                "Requests for photos, quotes and invoices.");

        Friction adjusterWait = friction(stage, "Long wait for the loss adjuster", Severity.HIGH, Frequency.FREQUENT,
                "Customers wait nine working days on average for a visit, even for damage a few photos would show.",
                visit);
        measured(adjusterWait, EvidenceKind.PROCESS_MINING, "Process mining, home claims 2024",
                "median 9 working days from report to assessment; 40% of claims get a visit",
                "claims/home-claims-mining-2024", date(2025, 6, 27));
        said(adjusterWait, EvidenceKind.INTERVIEW, "Interviews with home claimants (10)",
                "\"We lived with a tarpaulin on the roof for two weeks waiting for someone to look at it.\"",
                "home/claimant-interviews", date(2025, 7, 17));

        Friction repeatedRequests = friction(stage, "Photos and quotes requested several times", Severity.MEDIUM,
                Frequency.FREQUENT, "Photos and contractor quotes sent by email are not linked to the claim file "
                        + "and are asked for again.",
                claimEmails);
        measured(repeatedRequests, EvidenceKind.SUPPORT_TICKETS, "Claim file review, 300 home claims",
                "1 in 5 home claims has a duplicate document request", "claims/home-file-review",
                date(2025, 7, 24));
    }

    private void support() {
        JourneyStage stage = stage(journey, "Follow the open claim", StageKind.SUPPORT,
                "While the claim is open the customer asks questions and chases progress.");
        Touchpoint claimsLine = touchpoint(stage, "Claims line", Channel.PHONE, "Calls about an open claim.");
        touchpoint(stage, "Web chat", Channel.CHAT, "Chat on the website, office hours.");

        Friction newHandler = friction(stage, "A different handler on every call", Severity.HIGH, Frequency.FREQUENT,
                "Home claims are handled by a pool; every call reaches a new handler who rereads the file while "
                        + "the customer waits.",
                claimsLine);
        measured(newHandler, EvidenceKind.OBSERVATION, "Call listening, home claims (30 calls)",
                "7 minutes on average reading the file during or before the call", "claims/call-listening-home",
                date(2025, 7, 1));
        said(newHandler, EvidenceKind.NPS_VERBATIM, "Claims NPS verbatims, home, 2024-2025",
                "\"Every time I call I have to explain everything from the start.\"", "home/claims-nps-2025",
                date(2025, 7, 3));

        Friction noUpdates = friction(stage, "No proactive updates on open claims", Severity.HIGH,
                Frequency.CONSTANT, "Customers are not told when the adjuster's report arrives or when payment "
                        + "is approved.",
                claimsLine);
        measured(noUpdates, EvidenceKind.SUPPORT_TICKETS, "Contact reason coding, claims queue, 2024",
                "2.8 chasing calls per home claim on average", "claims/contact-reasons-2024", date(2025, 7, 21));
    }

    private void retention() {
        JourneyStage stage = stage(journey, "Settlement and next renewal", StageKind.RETENTION,
                "The claim is settled and, months later, the policy comes up for renewal.");
        Touchpoint letter = touchpoint(stage, "Settlement letter", Channel.POST,
                "Letter with the amount paid and the deductions.");
        Touchpoint renewal = touchpoint(stage, "Home renewal notice", Channel.EMAIL,
                "Renewal notice after a claim year.");

        Friction deductions = friction(stage, "Settlement deductions not explained", Severity.HIGH,
                Frequency.FREQUENT, "Settlement letters list excess, depreciation and exclusions as codes; "
                        + "customers conclude they were underpaid.",
                letter);
        deductions.setDrivesChurn(true);
        measured(deductions, EvidenceKind.SUPPORT_TICKETS, "Complaints register, 2024",
                "1,150 complaints about settlement amounts", "complaints/register-2024", date(2025, 6, 13));
        said(deductions, EvidenceKind.NPS_VERBATIM, "Claims NPS verbatims, home, 2024-2025",
                "\"They took off 30% for 'wear and tear' and nobody could tell me why.\"", "home/claims-nps-2025",
                date(2025, 7, 3));

        Friction penalty = friction(stage, "Premium rise after a claim felt as a penalty", Severity.HIGH,
                Frequency.FREQUENT, "Customers see the increase at the first renewal after a claim as punishment. "
                        + "The pricing committee handles this through pricing policy (a claim-protection option), "
                        + "not with AI.",
                renewal);
        penalty.setDrivesChurn(true);
        penalty.setOutOfScope(true);
        measured(penalty, EvidenceKind.ANALYTICS, "Lapse analysis, home book 2024",
                "21% lapse after a claim year against 11% without a claim", "home/lapse-analysis-2024",
                date(2025, 5, 23));
    }

    private void postJourney() {
        JourneyStage stage = stage(journey, "Leaving after a claim", StageKind.POST_JOURNEY,
                "Unhappy claimants complain, cancel, and tell others.");
        Touchpoint complaints = touchpoint(stage, "Complaints mailbox", Channel.EMAIL,
                "Written complaints and ombudsman correspondence.");
        Touchpoint reviews = touchpoint(stage, "Review sites and social media", Channel.SOCIAL_MEDIA,
                "Public reviews and posts about Kestrel.");
        touchpoint(stage, "Cancellation through the broker", Channel.PARTNER,
                "Broker-placed customers leave through their broker.");

        Friction ombudsman = friction(stage, "Complaints escalate to the ombudsman", Severity.HIGH,
                Frequency.OCCASIONAL, "Complaints at risk are spotted late; 210 a year reach an ombudsman "
                        + "(Kifid, Ombudsman des Assurances, FSPO), each with a case fee, and most of those "
                        + "customers leave.",
                complaints);
        ombudsman.setDrivesChurn(true);
        measured(ombudsman, EvidenceKind.DOCUMENT, "Complaints annual report, 2024",
                "210 cases referred to an ombudsman; 74% of those customers left within a year",
                "complaints/annual-report-2024", date(2025, 6, 13));

        Friction reviewsUnanswered = friction(stage, "Negative reviews after disputed claims", Severity.MEDIUM,
                Frequency.OCCASIONAL, "Public reviews about disputed claims stay unanswered for weeks. Not yet "
                        + "assessed in a workshop.",
                reviews);
        reviewsUnanswered.setDrivesChurn(true);
        measured(reviewsUnanswered, EvidenceKind.ANALYTICS, "Review site monitoring export, 2025",
                "claim-related reviews rated 2.1 out of 5; median response time 17 days", "brand/review-monitoring",
                date(2025, 9, 2));
    }
}
