// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.cartograph.scoring.Criterion;

/**
 * Proposes a mapping from an inventory's headers: a header naming a criterion (its id or its label, with or
 * without {@code score}, {@code note}) is a score on it, one naming a criterion with {@code rationale},
 * {@code justification} or {@code comment} its rationale; a header that is one of a field's English or French
 * words (or the header Cartograph's own export writes) fills in that field, once; the computed columns of an
 * export (impact, feasibility, overall, quadrant, rank) are ignored; every other column becomes an own
 * property, so nothing in the file is dropped without the user saying so.
 */
public final class MappingProposer {

    @SuppressWarnings("nls")
    private static final List<String> SCORE_WORDS = List.of("score", "note", "rating", "evaluation");
    @SuppressWarnings("nls")
    private static final List<String> RATIONALE_WORDS = List.of("rationale", "justification", "comment", "why",
            "commentaire", "pourquoi", "argumentaire");
    @SuppressWarnings("nls")
    private static final Set<String> COMPUTED = Set.of("impact", "feasibility", "overall", "quadrant", "rank",
            "faisabilite", "global", "rang", "standing", "tied", "wave", "vague", "gates");

    /** English and French words for the method's eight criteria, used when the criterion is installed. */
    @SuppressWarnings("nls")
    private static final Map<String, List<String>> DEFAULT_CRITERIA = Map.of(
            "strategic-value", List.of("strategic value", "strategy", "valeur strategique", "valeur metier", "strategie"),
            "customer-experience", List.of("customer experience", "cx", "experience client", "impact client"),
            "financial-potential", List.of("financial potential", "financial value", "roi", "potentiel financier", "gain financier"),
            "data-process-maturity", List.of("data maturity", "data readiness", "data and process maturity", "maturite des donnees", "maturite donnees", "maturite des donnees et des processus"),
            "technical-complexity", List.of("complexity", "technical complexity", "effort", "complexite", "complexite technique"),
            "brand-impact", List.of("brand", "brand impact", "reputation", "image de marque", "impact sur la marque", "marque"),
            "compliance-risk", List.of("compliance risk", "regulatory risk", "operational risk", "risque de conformite", "risque reglementaire", "risque operationnel"),
            "initiative-alignment", List.of("alignment", "strategic alignment", "initiative alignment", "alignement", "alignement strategique"));

    private MappingProposer() {
    }

    /**
     * @param headers the inventory's headers
     * @param criteria the installed criteria
     * @param source the source's name
     * @return the proposed mapping, one column mapping per header
     */
    public static InventoryMapping propose(List<String> headers, List<Criterion> criteria, String source) {
        InventoryMapping mapping = new InventoryMapping(source);
        Set<Field> used = EnumSet.noneOf(Field.class);
        for (String header : headers) {
            mapping.columns().add(propose(header, criteria, used));
        }
        return mapping;
    }

    private static ColumnMapping propose(String header, List<Criterion> criteria, Set<Field> used) {
        String words = Words.normalise(header);
        String[] parts = header.split(":", 2); //$NON-NLS-1$
        if (parts.length == 2) {
            String kind = Words.normalise(parts[0]);
            String rest = parts[1].strip();
            if (kind.equals("property") || kind.equals("propriete")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new ColumnMapping(header, Field.PROPERTY, rest);
            }
            if (SCORE_WORDS.contains(kind)) {
                return new ColumnMapping(header, Field.SCORE, criterion(Words.normalise(rest), criteria).orElse(rest));
            }
            if (RATIONALE_WORDS.contains(kind)) {
                return new ColumnMapping(header, Field.RATIONALE,
                        criterion(Words.normalise(rest), criteria).orElse(rest));
            }
        }
        for (String word : RATIONALE_WORDS) {
            Optional<String> id = around(words, word, criteria);
            if (id.isPresent()) {
                return new ColumnMapping(header, Field.RATIONALE, id.get());
            }
        }
        Optional<String> id = criterion(words, criteria);
        for (String word : SCORE_WORDS) {
            id = id.or(() -> around(words, word, criteria));
        }
        if (id.isPresent()) {
            return new ColumnMapping(header, Field.SCORE, id.get());
        }
        if (COMPUTED.contains(words)) {
            return ColumnMapping.ignored(header);
        }
        for (Field field : Field.values()) {
            if (!used.contains(field) && field.synonyms().contains(words)) {
                used.add(field);
                return new ColumnMapping(header, field, null);
            }
        }
        Optional<String> near = nearCriterion(words, criteria);
        if (near.isPresent()) {
            return new ColumnMapping(header, Field.SCORE, near.get());
        }
        for (String word : SCORE_WORDS) {
            // a score on a criterion that is not installed: proposed as such, so the dry run says so
            if (words.endsWith(' ' + word)) {
                return new ColumnMapping(header, Field.SCORE,
                        key(words.substring(0, words.length() - word.length() - 1)));
            }
            if (words.startsWith(word + ' ')) {
                return new ColumnMapping(header, Field.SCORE, key(words.substring(word.length() + 1)));
            }
        }
        return new ColumnMapping(header, Field.PROPERTY, key(header));
    }

    /** A criterion named by the words before or after a marker word ("strategic value score", "note brand"). */
    private static Optional<String> around(String words, String marker, List<Criterion> criteria) {
        if (words.startsWith(marker + ' ')) {
            return criterion(words.substring(marker.length() + 1), criteria);
        }
        if (words.endsWith(' ' + marker)) {
            return criterion(words.substring(0, words.length() - marker.length() - 1), criteria);
        }
        return Optional.empty();
    }

    private static Optional<String> criterion(String words, List<Criterion> criteria) {
        for (Criterion criterion : criteria) {
            if (Words.normalise(criterion.id()).equals(words) || Words.normalise(criterion.label()).equals(words)
                    || DEFAULT_CRITERIA.getOrDefault(criterion.id(), List.of()).contains(words)) {
                return Optional.of(criterion.id());
            }
        }
        return Optional.empty();
    }

    /** The one criterion whose label or id holds every word of a header of two words or more. */
    private static Optional<String> nearCriterion(String words, List<Criterion> criteria) {
        List<String> wanted = List.of(words.split(" ")); //$NON-NLS-1$
        if (wanted.size() < 2) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Set<String> label = new HashSet<>(List.of(Words.normalise(criterion.label()).split(" "))); //$NON-NLS-1$
            label.addAll(List.of(Words.normalise(criterion.id()).split(" "))); //$NON-NLS-1$
            if (label.containsAll(wanted)) {
                found.add(criterion.id());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * @param header a header
     * @return the key of an own property for it: its words joined by hyphens
     */
    public static String key(String header) {
        String key = Words.normalise(header).replace(' ', '-');
        return key.isEmpty() ? header.strip().toLowerCase(Locale.ROOT) : key;
    }
}
