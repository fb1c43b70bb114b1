// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.DataAsset;
import dev.cartograph.model.DataAvailability;
import dev.cartograph.model.DataQuality;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.Portfolio;

/** The strategic initiatives use cases serve and the data assets they need. */
@SuppressWarnings("nls")
final class Enablers {

    static final String COST_TO_SERVE = "Cost-to-serve -15%";
    static final String DIGITAL_CLAIMS = "Digital-first claims";
    static final String RETENTION = "Customer retention 2027";
    static final String REGULATORY = "Regulatory excellence";
    static final String BROKERS = "Broker partnership";

    private Enablers() {
    }

    static void addTo(Portfolio portfolio) {
        initiatives(portfolio);
        systemsOfRecord(portfolio);
        documentsAndInteractions(portfolio);
    }

    private static void initiatives(Portfolio portfolio) {
        initiative(portfolio, COST_TO_SERVE, "Erik Smit, COO",
                "Reduce operating cost per policy by 15% by the end of 2027 without lowering service levels.");
        initiative(portfolio, DIGITAL_CLAIMS, "Ingrid Bakker, Chief Claims Officer",
                "Two thirds of claims reported and followed digitally by 2027; simple claims settled within 48 hours.");
        initiative(portfolio, RETENTION, "Laurent Dubois, Chief Customer Officer",
                "Raise retention from 86% to 89% across motor and home by the end of 2027.");
        initiative(portfolio, REGULATORY, "Claire Walsh, Chief Risk Officer",
                "Audit-ready processes for AML, complaints, DORA and the EU AI Act; no repeat audit findings.");
        initiative(portfolio, BROKERS, "Ruth Doyle, Chief Underwriting Officer",
                "Be the easiest insurer for brokers to work with in the Netherlands and Belgium.");
    }

    private static void systemsOfRecord(Portfolio portfolio) {
        asset(portfolio, "Claims history", "ClaimCenter (claims system)", DataAvailability.AVAILABLE,
                DataQuality.MEDIUM, true, "Ten years of motor and home claims, notes, reserves and payments.");
        asset(portfolio, "Policy administration data", "PolicyCenter (policy administration)",
                DataAvailability.AVAILABLE, DataQuality.HIGH, true,
                "Policies, cover, premiums, renewals and cancellations for 1.3 million policies.");
        asset(portfolio, "CRM customer records", "Salesforce (CRM)", DataAvailability.AVAILABLE, DataQuality.MEDIUM,
                true, "Customer profiles, consents, contact history and campaigns.");
        asset(portfolio, "Pricing model outputs", "Pricing engine", DataAvailability.AVAILABLE, DataQuality.HIGH, true,
                "Renewal premiums with the contribution of each rating factor.");
        asset(portfolio, "Supplier invoices archive", "SAP S/4HANA Finance and DocuWare archive",
                DataAvailability.AVAILABLE, DataQuality.MEDIUM, false,
                "Five years of invoices (about 900,000) with their approval trail.");
        asset(portfolio, "Broker commission ledger", "Commission ledger (Oracle)", DataAvailability.AVAILABLE,
                DataQuality.MEDIUM, false, "Commission rates, statements and corrections per broker.");
        asset(portfolio, "Counter-fraud case history", "Counter-fraud case management", DataAvailability.AVAILABLE,
                DataQuality.MEDIUM, true, "Referrals since 2019 with their outcome (fraud proven or not).");
        asset(portfolio, "Sanctions and PEP lists", "Screening service (commercial list provider)",
                DataAvailability.AVAILABLE, DataQuality.HIGH, true, "Daily sanctions, PEP and adverse media lists.");
        asset(portfolio, "Complaints register", "Complaints module in the CRM", DataAvailability.AVAILABLE,
                DataQuality.MEDIUM, true, "Every complaint since 2021 with category, outcome and ombudsman referral.");
        asset(portfolio, "Vehicle and no-claims registers", "External registers via API (not yet contracted)",
                DataAvailability.TO_BE_ACQUIRED, DataQuality.HIGH, true,
                "National vehicle registration data and the industry no-claims registers.");
        asset(portfolio, "Public social media profiles", "None (external, would have to be collected)",
                DataAvailability.TO_BE_ACQUIRED, DataQuality.UNKNOWN, true,
                "Public posts and profiles of claimants; proposed for fraud detection.");
    }

    private static void documentsAndInteractions(Portfolio portfolio) {
        asset(portfolio, "Contact-centre transcripts", "Contact-centre platform (speech analytics)",
                DataAvailability.PARTIAL, DataQuality.MEDIUM, true,
                "Transcripts of Dutch and English calls since 2024; French calls not yet transcribed.");
        asset(portfolio, "Policy wordings library", "Document management system", DataAvailability.AVAILABLE,
                DataQuality.HIGH, false, "All wordings and endorsements in force, by country and year of sale.");
        asset(portfolio, "HR policies and handbook", "Intranet (SharePoint)", DataAvailability.AVAILABLE,
                DataQuality.LOW, false, "HR policies for three countries; several outdated versions still online.");
        asset(portfolio, "Claim photos and documents", "ClaimCenter document store", DataAvailability.PARTIAL,
                DataQuality.LOW, true,
                "Photos, quotes and reports; unlabelled, of mixed quality, partly still in email inboxes.");
        asset(portfolio, "Cancellation reasons and exit surveys", "PolicyCenter codes and survey tool",
                DataAvailability.PARTIAL, DataQuality.LOW, true,
                "Cancellation codes (46% 'other') and exit survey answers (4% response).");
        asset(portfolio, "Web and app analytics", "Web analytics platform", DataAvailability.AVAILABLE,
                DataQuality.HIGH, false, "Pseudonymised funnels and events for the website and the app.");
        asset(portfolio, "Underwriting mailbox archive", "Shared mailbox (Exchange Online)", DataAvailability.AVAILABLE,
                DataQuality.MEDIUM, true, "Three years of questions and answers from the underwriting mailbox.");
    }

    private static void initiative(Portfolio portfolio, String name, String owner, String description) {
        Initiative initiative = FACTORY.createInitiative();
        initiative.setName(name);
        initiative.setOwner(owner);
        initiative.setDescription(description);
        portfolio.getInitiatives().add(initiative);
    }

    private static void asset(Portfolio portfolio, String name, String system, DataAvailability availability,
            DataQuality quality, boolean personal, String description) {
        DataAsset asset = FACTORY.createDataAsset();
        asset.setName(name);
        asset.setSystem(system);
        asset.setAvailability(availability);
        asset.setQuality(quality);
        asset.setContainsPersonalData(personal);
        asset.setDescription(description);
        portfolio.getDataAssets().add(asset);
    }
}
