// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.List;
import java.util.Optional;

/**
 * What a column of an inventory can fill in: a feature of the use case, a score or its rationale on a criterion
 * (the criterion's id is the column's argument), an own property (its key is the argument), or a container the
 * use case belongs to. Each field has a stable key, written in mapping files, and the header words (English,
 * French and Cartograph's own export headers, normalised) that propose it.
 */
@SuppressWarnings("nls")
public enum Field {

    /** The column is not imported. */
    IGNORE("ignore", Kind.NONE),
    /** The source's identifier of the row: re-importing the same id updates the element it created. */
    ID("id", Kind.TEXT, "id", "identifier", "ref", "reference", "key", "code", "use case id", "identifiant", "cle", "numero", "no"),
    /** The use case's name. */
    NAME("name", Kind.TEXT, "name", "use case", "title", "idea", "use case name", "nom", "titre", "intitule", "cas d usage", "idee", "libelle"),
    /** Its description. */
    DESCRIPTION("description", Kind.TEXT, "description", "summary", "details", "resume", "descriptif"),
    /** Internal or external. */
    SCOPE("scope", Kind.ENUM, "scope", "internal external", "perimetre", "portee", "interne externe"),
    /** The use case's status. */
    STATUS("status", Kind.ENUM, "status", "state", "stage of maturity", "statut", "etat", "avancement"),
    /** The AI pattern. */
    AI_PATTERN("aiPattern", Kind.ENUM, "ai pattern", "pattern", "ai type", "type of ai", "type d ia", "technique", "motif ia"),
    /** The sponsor. */
    SPONSOR("sponsor", Kind.TEXT, "sponsor", "business sponsor", "commanditaire", "parrain"),
    /** The owner. */
    OWNER("owner", Kind.TEXT, "owner", "product owner", "lead", "responsable", "porteur", "proprietaire"),
    /** Why it was rejected. */
    REJECTION_REASON("rejectionReason", Kind.TEXT, "rejection reason", "motif de rejet", "raison du rejet"),
    /** Business case: the problem. */
    PROBLEM("problem", Kind.TEXT, "problem", "pain point", "probleme", "irritant"),
    /** Business case: the proposed solution. */
    SOLUTION("proposedSolution", Kind.TEXT, "proposed solution", "solution", "solution proposee"),
    /** Business case: the expected benefits. */
    BENEFITS("expectedBenefits", Kind.TEXT, "expected benefits", "benefits", "benefices", "benefices attendus", "gains attendus"),
    /** Business case: one-off cost. */
    ONE_OFF_COST("oneOffCost", Kind.NUMBER, "one off cost", "one-off cost", "build cost", "capex", "cout ponctuel", "cout initial", "investissement"),
    /** Business case: running cost per year. */
    RUNNING_COST("runningCostPerYear", Kind.NUMBER, "running cost per year", "running cost", "opex", "run cost", "cout annuel", "cout de fonctionnement", "cout recurrent"),
    /** Business case: annual revenue gained. */
    REVENUE("annualRevenueGained", Kind.NUMBER, "annual revenue gained", "revenue gained", "revenue", "additional revenue", "revenu annuel", "chiffre d affaires", "revenus supplementaires"),
    /** Business case: annual cost avoided. */
    COST_AVOIDED("annualCostAvoided", Kind.NUMBER, "annual cost avoided", "cost avoided", "savings", "annual savings", "economies", "economies annuelles", "couts evites"),
    /** Business case: months to value. */
    TIME_TO_VALUE("timeToValueMonths", Kind.INTEGER, "time to value months", "time to value", "months to value", "delai de valeur", "delai avant gain", "delai mois"),
    /** Business case: data needed. */
    DATA_NEEDED("dataNeeded", Kind.TEXT, "data needed", "data", "data required", "donnees", "donnees necessaires"),
    /** Business case: risks. */
    RISKS("risks", Kind.TEXT, "risks", "risk", "risques", "risque"),
    /** Business case: compliance notes. */
    COMPLIANCE("complianceNotes", Kind.TEXT, "compliance notes", "compliance", "regulatory", "conformite", "notes de conformite", "reglementaire"),
    /** A score on a criterion (argument: the criterion's id). */
    SCORE("score", Kind.SCORE),
    /** The rationale of a score (argument: the criterion's id). */
    RATIONALE("rationale", Kind.TEXT),
    /** An own property of the use case (argument: the property's key). */
    PROPERTY("property", Kind.TEXT),
    /** The organisation unit, by name. */
    UNIT("unit", Kind.CONTAINER, "unit", "department", "business unit", "organisation unit", "organization unit", "direction", "service", "departement", "entite", "unite"),
    /** The workflow the use case is anchored on, by name. */
    WORKFLOW("workflow", Kind.CONTAINER, "workflow", "process", "business process", "processus", "flux"),
    /** The workflow's steps, by name (several with the separator). */
    STEP("step", Kind.CONTAINER, "step", "steps", "workflow step", "process step", "activity", "etape", "etapes", "activite"),
    /** The customer journey, by name. */
    JOURNEY("journey", Kind.CONTAINER, "journey", "customer journey", "parcours", "parcours client"),
    /** The journey's stages, by name (several with the separator). */
    STAGE("stage", Kind.CONTAINER, "stage", "stages", "journey stage", "phase", "etape du parcours", "moment"),
    /** Initiatives, by name (several with the separator). */
    INITIATIVE("initiative", Kind.CONTAINER, "initiative", "initiatives", "programme", "program", "programme strategique", "chantier");

    /** How a field's cells are read. */
    public enum Kind {
        /** Not read. */
        NONE,
        /** Text, as it is. */
        TEXT,
        /** A decimal number. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** One of an enumeration's values, matched by words. */
        ENUM,
        /** A number on a criterion's scale. */
        SCORE,
        /** The name of an element to find or create. */
        CONTAINER
    }

    private final String key;
    private final Kind kind;
    private final List<String> synonyms;

    Field(String key, Kind kind, String... synonyms) {
        this.key = key;
        this.kind = kind;
        this.synonyms = List.of(synonyms);
    }

    /** @return the key written in mapping files */
    public String key() {
        return key;
    }

    /** @return how cells are read */
    public Kind kind() {
        return kind;
    }

    /** @return whether the field needs an argument (a criterion id or a property key) */
    public boolean hasArgument() {
        return this == SCORE || this == RATIONALE || this == PROPERTY;
    }

    /** @return the normalised header words that propose this field */
    public List<String> synonyms() {
        return synonyms;
    }

    /**
     * @param key a key as written in a mapping file
     * @return the field of that key
     */
    public static Optional<Field> ofKey(String key) {
        for (Field field : values()) {
            if (field.key.equalsIgnoreCase(key.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
