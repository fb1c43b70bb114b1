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

/** The motor policyholder's journey, from comparing quotes to leaving (and maybe coming back). */
@SuppressWarnings("nls")
final class MotorJourney {

    private final CustomerJourney journey = FACTORY.createCustomerJourney();

    static CustomerJourney build() {
        MotorJourney motor = new MotorJourney();
        motor.journey.setName("Motor policyholder");
        motor.journey.setPersona("Sanne, 34, commutes by car from Amersfoort to Utrecht. One car, no claims in "
                + "eight years, buys online and checks comparison sites at every renewal.");
        motor.journey.setDescription("The journey of a private motor customer in the Netherlands and Belgium "
                + "(620,000 policies), mapped in customer interviews, call listening and funnel analytics "
                + "between May and September 2025.");
        motor.discovery();
        motor.onboarding();
        motor.engagement();
        motor.support();
        motor.retention();
        motor.postJourney();
        return motor.journey;
    }

    private void discovery() {
        JourneyStage stage = stage(journey, "Compare and quote", StageKind.DISCOVERY,
                "The customer compares prices, mostly on comparison sites, then asks Kestrel for a quote.");
        Touchpoint comparison = touchpoint(stage, "Price comparison sites", Channel.PARTNER,
                "Independent comparison sites; 55% of new motor business starts there.");
        Touchpoint form = touchpoint(stage, "Online quote form", Channel.WEB,
                "The direct quote form on kestrelmutual.example.");
        touchpoint(stage, "Social media advertising", Channel.SOCIAL_MEDIA,
                "Paid campaigns that lead to the quote form.");

        Friction longForm = friction(stage, "Quote form too long", Severity.HIGH, Frequency.FREQUENT,
                "The direct quote form asks 38 questions; the vehicle's exact version and the claims history "
                        + "must be looked up by the customer.",
                form);
        measured(longForm, EvidenceKind.ANALYTICS, "Web analytics, direct motor quote funnel, Q2 2025",
                "61% of started quotes abandoned before the price page", "motor/quote-funnel-q2-2025",
                date(2025, 7, 14));
        said(longForm, EvidenceKind.INTERVIEW, "Customer interviews, Utrecht and Rotterdam (12 interviews)",
                "\"I gave up at the question about the car's exact version and went back to the comparison site.\"",
                "motor/interviews-2025-06", date(2025, 6, 18));

        Friction coverUnclear = friction(stage, "Cover differences invisible when comparing", Severity.MEDIUM,
                Frequency.FREQUENT, "Comparison sites show the price only; customers discover excesses and "
                        + "courtesy-car limits when they claim.",
                comparison);
        measured(coverUnclear, EvidenceKind.SURVEY, "Motor new-business survey, n=1,150",
                "48% could not say whether their policy includes a courtesy car", "motor/new-business-survey-2025",
                date(2025, 5, 30));
        said(coverUnclear, EvidenceKind.NPS_VERBATIM, "Claims NPS verbatims, motor, H1 2025",
                "\"Nobody told me the excess was 500 euro for a young driver.\"", "motor/claims-nps-h1-2025",
                date(2025, 7, 2));
    }

    private void onboarding() {
        JourneyStage stage = stage(journey, "Buy and set up the policy", StageKind.ONBOARDING,
                "The customer pays, receives the documents and proves the no-claims discount.");
        touchpoint(stage, "Online checkout", Channel.WEB, "Payment and e-signature of the proposal.");
        Touchpoint welcome = touchpoint(stage, "Welcome email and documents", Channel.EMAIL,
                "Policy schedule, green card and the request for no-claims proof.");
        touchpoint(stage, "App registration", Channel.MOBILE_APP, "Creating an account in the Kestrel app.");

        Friction proof = friction(stage, "No-claims proof chased by post", Severity.MEDIUM, Frequency.FREQUENT,
                "Customers switching insurer must send proof of their no-claims discount; until it arrives "
                        + "the policy is provisional and reminders go out by post.",
                welcome);
        measured(proof, EvidenceKind.SUPPORT_TICKETS, "Service desk tickets, category 'NCD proof', 2024",
                "3,900 tickets and 2,100 reminder letters per quarter", "motor/ncd-tickets-2024",
                date(2025, 6, 9));
        measured(proof, EvidenceKind.PROCESS_MINING, "Process mining of the new-business process",
                "median 19 days from purchase to confirmed discount", "motor/new-business-mining",
                date(2025, 6, 23));
    }

    private void engagement() {
        JourneyStage stage = stage(journey, "Live with the policy", StageKind.ENGAGEMENT,
                "Day-to-day life with the policy: documents, changes, use of the app.");
        touchpoint(stage, "Kestrel app", Channel.MOBILE_APP, "Policy documents, green card, roadside assistance.");
        touchpoint(stage, "My Kestrel portal", Channel.WEB, "Customer portal for documents and payments.");
        Touchpoint serviceLine = touchpoint(stage, "Service line", Channel.PHONE,
                "General service number, weekdays 8:00-20:00.");

        Friction changes = friction(stage, "Mid-term changes need a phone call", Severity.MEDIUM,
                Frequency.FREQUENT, "Changing the car or the address, or adding a driver, cannot be done online; "
                        + "customers must call and wait. Raised in the service workshop; no candidate use case yet.",
                serviceLine);
        measured(changes, EvidenceKind.ANALYTICS, "Contact reason coding, service line, 2024",
                "9% of service calls are mid-term changes (about 4,700 a month)", "service/contact-reasons-2024",
                date(2025, 8, 4));
        said(changes, EvidenceKind.NPS_VERBATIM, "Relationship NPS verbatims, motor, 2025",
                "\"Why do I have to phone to add my daughter as a driver?\"", "motor/relationship-nps-2025",
                date(2025, 8, 12));
    }

    private void support() {
        JourneyStage stage = stage(journey, "Report a motor claim", StageKind.SUPPORT,
                "The customer reports an accident or damage and follows the claim until the car is repaired.");
        Touchpoint hotline = touchpoint(stage, "Motor claims hotline", Channel.PHONE,
                "24/7 line for accidents and breakdowns.");
        Touchpoint app = touchpoint(stage, "Claim reporting in the app", Channel.MOBILE_APP,
                "Digital first notice of loss with photos.");
        Touchpoint garages = touchpoint(stage, "Partner garages", Channel.PARTNER,
                "Network of 240 approved repairers.");

        Friction noStatus = friction(stage, "No visibility of claim status", Severity.HIGH, Frequency.CONSTANT,
                "After reporting, customers hear nothing until a decision is made, so they phone to ask where "
                        + "their claim is.",
                hotline, app);
        measured(noStatus, EvidenceKind.SUPPORT_TICKETS, "Contact reason coding, claims queue, 2024",
                "27% of inbound claims calls are 'where is my claim?'", "claims/contact-reasons-2024",
                date(2025, 7, 21));
        said(noStatus, EvidenceKind.NPS_VERBATIM, "Claims NPS verbatims, motor, H1 2025",
                "\"Three weeks and not a word. I had to call four times.\"", "motor/claims-nps-h1-2025",
                date(2025, 7, 2));

        Friction repeat = friction(stage, "Accident details asked again and again", Severity.HIGH,
                Frequency.FREQUENT, "The customer tells the story on the phone, again in the online form and "
                        + "again to the garage.",
                hotline, garages);
        measured(repeat, EvidenceKind.OBSERVATION, "Call listening, motor claims hotline (40 calls)",
                "accident circumstances asked 2.6 times per claim on average", "claims/call-listening-motor",
                date(2025, 6, 26));
        said(repeat, EvidenceKind.INTERVIEW, "Interviews with motor claimants (8)",
                "\"The garage asked me exactly what I had already told your colleague and typed in the app.\"",
                "motor/claimant-interviews", date(2025, 7, 8));
    }

    private void retention() {
        JourneyStage stage = stage(journey, "Renewal", StageKind.RETENTION,
                "Thirty days before the anniversary the customer receives the renewal notice and decides to "
                        + "stay or switch.");
        Touchpoint notice = touchpoint(stage, "Renewal notice", Channel.EMAIL,
                "Renewal email with the new premium.");
        Touchpoint letter = touchpoint(stage, "Renewal letter", Channel.POST,
                "Paper notice for customers without an email address (18%).");
        Touchpoint renewalLine = touchpoint(stage, "Renewal line", Channel.PHONE,
                "Phone line for renewal questions and negotiation.");

        Friction unexplained = friction(stage, "Renewal increase not explained", Severity.CRITICAL,
                Frequency.FREQUENT, "The notice shows the new premium without saying why it changed; customers "
                        + "read an increase as a loyalty penalty and shop around.",
                notice, letter);
        unexplained.setDrivesChurn(true);
        measured(unexplained, EvidenceKind.ANALYTICS, "Lapse analysis, motor book 2024",
                "34% of lapses follow a renewal notice with an increase above 10%", "motor/lapse-analysis-2024",
                date(2025, 5, 16));
        said(unexplained, EvidenceKind.NPS_VERBATIM, "Renewal NPS verbatims, 2025",
                "\"18% more and no explanation. I found a cheaper quote in ten minutes.\"",
                "motor/renewal-nps-2025", date(2025, 6, 4));
        measured(unexplained, EvidenceKind.SURVEY, "Renewal survey, n=2,300",
                "22% understood why their premium changed", "motor/renewal-survey-2025", date(2025, 6, 30));

        Friction loyalty = friction(stage, "Loyalty not recognised", Severity.HIGH, Frequency.FREQUENT,
                "Long-standing, claim-free customers get the same generic renewal as everyone else and never "
                        + "a proactive offer.",
                renewalLine);
        loyalty.setDrivesChurn(true);
        said(loyalty, EvidenceKind.INTERVIEW, "Exit interviews, former motor customers (18)",
                "\"Eleven years with them and they never once called me.\"", "motor/exit-interviews-2025",
                date(2025, 7, 29));
        measured(loyalty, EvidenceKind.ANALYTICS, "Lapse analysis, motor book 2024",
                "customers with 5+ years of tenure make up 41% of lapses", "motor/lapse-analysis-2024",
                date(2025, 5, 16));
    }

    private void postJourney() {
        JourneyStage stage = stage(journey, "Cancellation and after", StageKind.POST_JOURNEY,
                "The customer cancels or lets the policy lapse; what happens next decides whether they ever "
                        + "come back.");
        Touchpoint cancellationLine = touchpoint(stage, "Cancellation line", Channel.PHONE,
                "The retention desk, the only way to cancel mid-term.");
        touchpoint(stage, "Cancellation confirmation", Channel.POST, "Letter confirming the end of cover.");
        Touchpoint exitSurvey = touchpoint(stage, "Exit survey email", Channel.EMAIL,
                "Survey sent two weeks after cancellation.");

        Friction phoneOnly = friction(stage, "Cancellation only by phone", Severity.HIGH, Frequency.FREQUENT,
                "Cancelling requires a call to the retention desk, with long waits and a hard sell; customers "
                        + "leave angry and say so.",
                cancellationLine);
        phoneOnly.setDrivesChurn(true);
        measured(phoneOnly, EvidenceKind.ANALYTICS, "Queue statistics, retention desk, 2024",
                "average wait 14 minutes; 22% of callers hang up", "service/retention-desk-queues-2024",
                date(2025, 8, 4));
        said(phoneOnly, EvidenceKind.NPS_VERBATIM, "Exit survey verbatims, 2025",
                "\"It took 25 minutes and three 'are you sure?' to cancel. Never again.\"",
                "motor/exit-survey-2025", date(2025, 8, 19));

        Friction reasons = friction(stage, "Reasons for leaving not captured", Severity.MEDIUM,
                Frequency.CONSTANT, "Agents pick one of 12 cancellation codes; 'other' is used for almost half of "
                        + "cancellations and the free text is never analysed.",
                cancellationLine, exitSurvey);
        reasons.setDrivesChurn(true);
        measured(reasons, EvidenceKind.ANALYTICS, "Cancellation codes in policy administration, 2024",
                "46% of cancellations coded 'other'", "motor/cancellation-codes-2024", date(2025, 5, 16));
        measured(reasons, EvidenceKind.SURVEY, "Exit survey statistics, 2024", "4% response rate",
                "motor/exit-survey-2025", date(2025, 8, 19));

        Friction noWinBack = friction(stage, "No win-back contact", Severity.MEDIUM, Frequency.FREQUENT,
                "Former customers are never contacted again, even when they left on price alone and had no claims.",
                exitSurvey);
        noWinBack.setDrivesChurn(true);
        said(noWinBack, EvidenceKind.DOCUMENT, "Marketing contact policy, version 2022",
                "\"Lapsed customers are removed from all campaigns at cancellation.\"",
                "marketing/contact-policy-2022", date(2025, 6, 11));
        measured(noWinBack, EvidenceKind.ANALYTICS, "Returning customer analysis, 2021-2024",
                "3% of lapsed customers return within three years", "motor/returning-customers",
                date(2025, 6, 11));
    }
}
