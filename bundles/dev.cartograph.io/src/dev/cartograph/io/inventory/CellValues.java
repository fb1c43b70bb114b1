// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import dev.cartograph.model.CartographPackage;

/**
 * Reads cell texts as numbers and enumeration values. Numbers may have thousands separators (space, narrow
 * space, apostrophe, or commas in groups of three), a decimal point or a decimal comma, a currency sign or a
 * percent sign; enumeration values are matched by the mapping's own words, then the literal or its words,
 * then the English and French synonyms below, then by a near spelling.
 */
final class CellValues {

    private static final Pattern THOUSANDS_COMMAS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?"); //$NON-NLS-1$
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f'’]"); //$NON-NLS-1$
    private static final Pattern CURRENCY = Pattern.compile("^[€$£¥]|[€$£¥]$|(EUR|USD|GBP|CHF)$"); //$NON-NLS-1$
    /** The normalised words of each enumeration's literals, computed once. */
    private static final Map<EEnumLiteral, String> LITERAL_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?"); //$NON-NLS-1$

    @SuppressWarnings("nls")
    private static final Map<String, List<String>> STATUS = Map.of(
            "idea", List.of("idea", "new", "proposed", "idee", "nouveau", "nouvelle", "propose", "backlog"),
            "qualified", List.of("qualified", "assessed", "under review", "qualifie", "evalue", "en analyse", "en etude"),
            "businessCase", List.of("business case", "case", "dossier", "etude de rentabilite", "cas metier"),
            "approved", List.of("approved", "go", "validated", "approuve", "valide", "accepte"),
            "pilot", List.of("pilot", "poc", "proof of concept", "experiment", "in progress", "pilote", "experimentation", "en cours", "prototype"),
            "deployed", List.of("deployed", "in production", "live", "done", "deploye", "en production", "termine"),
            "rejected", List.of("rejected", "dropped", "no go", "cancelled", "canceled", "rejete", "abandonne", "refuse", "annule"));

    @SuppressWarnings("nls")
    private static final Map<String, List<String>> SCOPE = Map.of(
            "internal", List.of("internal", "back office", "employee", "interne", "collaborateurs", "int"),
            "external", List.of("external", "customer", "front office", "client", "externe", "clients", "ext"));

    @SuppressWarnings("nls")
    private static final Map<String, List<String>> AI_PATTERN = Map.of(
            "extraction", List.of("extraction", "document extraction", "ocr", "idp", "extraction de donnees"),
            "classificationRouting", List.of("classification", "routing", "triage", "classement", "routage", "tri"),
            "generation", List.of("generation", "generative", "gen ai", "genai", "text generation", "redaction", "generatif", "ia generative"),
            "conversationalAssistant", List.of("chatbot", "assistant", "conversational", "virtual agent", "agent conversationnel", "copilot"),
            "searchKnowledge", List.of("search", "knowledge", "rag", "knowledge search", "recherche", "base de connaissances"),
            "prediction", List.of("prediction", "forecast", "forecasting", "scoring", "prevision", "predictif"),
            "recommendation", List.of("recommendation", "next best action", "personalisation", "recommandation", "personnalisation"),
            "anomalyDetection", List.of("anomaly detection", "anomaly", "fraud detection", "fraud", "detection d anomalies", "fraude"),
            "optimisation", List.of("optimisation", "optimization", "planning", "scheduling", "planification"),
            "other", List.of("other", "autre", "divers"));

    private CellValues() {
    }

    /**
     * @param text a cell's text, not blank
     * @return the number it holds, if it is one
     */
    static Optional<Double> number(String text) {
        String s = CURRENCY.matcher(SPACES.matcher(text.strip()).replaceAll("")).replaceAll(""); //$NON-NLS-1$ //$NON-NLS-2$
        double factor = 1;
        if (s.endsWith("%")) { //$NON-NLS-1$
            s = s.substring(0, s.length() - 1);
            factor = 0.01;
        }
        if (THOUSANDS_COMMAS.matcher(s).matches()) {
            s = s.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
            s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(".", "").replace(',', '.') //$NON-NLS-1$ //$NON-NLS-2$
                    : s.replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (s.indexOf(',') == s.lastIndexOf(',')) {
            s = s.replace(',', '.');
        }
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(s) * factor;
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    /**
     * @param field an enumeration field
     * @return the model's enumeration it fills in
     */
    static EEnum enumeration(Field field) {
        return switch (field) {
        case SCOPE -> CartographPackage.Literals.SCOPE;
        case STATUS -> CartographPackage.Literals.USE_CASE_STATUS;
        case AI_PATTERN -> CartographPackage.Literals.AI_PATTERN;
        default -> throw new IllegalArgumentException(field.key());
        };
    }

    /**
     * @param field an enumeration field
     * @param text a cell's text, not blank
     * @param own the mapping's words for this field (as written to literal)
     * @return the literal meant, if one can be told
     */
    static Optional<EEnumLiteral> literal(Field field, String text, Map<String, String> own) {
        EEnum eEnum = enumeration(field);
        String word = Words.normalise(text);
        for (Map.Entry<String, String> entry : own.entrySet()) {
            if (Words.normalise(entry.getKey()).equals(word) && entry.getValue() != null) {
                return Optional.ofNullable(eEnum.getEEnumLiteralByLiteral(entry.getValue()));
            }
        }
        Map<String, List<String>> synonyms = switch (field) {
        case SCOPE -> SCOPE;
        case STATUS -> STATUS;
        default -> AI_PATTERN;
        };
        EEnumLiteral near = null;
        int nearest = 3;
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            String name = LITERAL_WORDS.computeIfAbsent(literal, l -> Words.normalise(l.getLiteral()));
            if (name.equals(word) || synonyms.getOrDefault(literal.getLiteral(), List.of()).contains(word)) {
                return Optional.of(literal);
            }
            if (word.length() >= 5) {
                int distance = Words.distance(word, name);
                if (distance < nearest) {
                    nearest = distance;
                    near = literal;
                }
            }
        }
        return Optional.ofNullable(near);
    }

    /**
     * @param field an enumeration field
     * @return its literals, for messages
     */
    static String literals(Field field) {
        return String.join(", ", enumeration(field).getELiterals().stream().map(EEnumLiteral::getLiteral).toList()); //$NON-NLS-1$
    }
}
