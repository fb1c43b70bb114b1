// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.properties.PropertyValues;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.ScoringParameters;
import dev.cartograph.scoring.ui.internal.Messages;

/**
 * A column of the ranking: its header, the value it shows for a line and how it sorts.
 * Values are the raw data (numbers, enums, texts, {@code null} when there is none); the table
 * turns them into text.
 */
public final class RankingColumn {

    /** What a column shows. */
    public enum Kind {
        /** The rank, {@code null} when not ranked. */
        RANK,
        /** The use case's name. */
        NAME,
        /** Internal or external. */
        SCOPE,
        /** The use case's status. */
        STATUS,
        /** The wave's name. */
        WAVE,
        /** The quadrant. */
        QUADRANT,
        /** The impact score. */
        IMPACT,
        /** The feasibility score. */
        FEASIBILITY,
        /** The overall score. */
        OVERALL,
        /** The standing and why. */
        STANDING,
        /** The warnings. */
        FLAGS,
        /** How many enabled criteria are scored, of how many. */
        COVERAGE,
        /** One of the portfolio's own properties, when chosen. */
        PROPERTY,
        /** The aggregated value on one criterion. */
        CRITERION
    }

    private static final Collator COLLATOR = Collator.getInstance();

    private final Kind kind;
    private final Criterion criterion;
    private final int criterionIndex;
    private final PropertyDefinition property;
    private final String propertyKey;
    private final String propertyLabel;

    private RankingColumn(Kind kind, Criterion criterion, int criterionIndex) {
        this(kind, criterion, criterionIndex, null);
    }

    private RankingColumn(Kind kind, Criterion criterion, int criterionIndex, PropertyDefinition property) {
        this.kind = kind;
        this.criterion = criterion;
        this.criterionIndex = criterionIndex;
        this.property = property;
        this.propertyKey = property == null ? null : property.getKey();
        this.propertyLabel = property == null ? null
                : PropertyValues.label(property, Locale.FRENCH.getLanguage().equals(Locale.getDefault().getLanguage()));
    }

    /**
     * @param parameters the scoring configuration
     * @return the fixed columns, then one per enabled criterion in registry order
     */
    public static List<RankingColumn> columnsFor(ScoringParameters parameters) {
        return columnsFor(parameters, List.of());
    }

    /**
     * @param parameters the scoring configuration
     * @param properties the portfolio's properties chosen as columns
     * @return the fixed columns, one per chosen property, then one per enabled criterion in
     *         registry order
     */
    public static List<RankingColumn> columnsFor(ScoringParameters parameters, List<PropertyDefinition> properties) {
        List<RankingColumn> columns = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.CRITERION && kind != Kind.PROPERTY) {
                columns.add(new RankingColumn(kind, null, -1));
            }
        }
        for (PropertyDefinition property : properties) {
            columns.add(new RankingColumn(Kind.PROPERTY, null, -1, property));
        }
        List<CriterionWeight> enabled = parameters.enabledCriteria();
        for (int i = 0; i < enabled.size(); i++) {
            columns.add(new RankingColumn(Kind.CRITERION, enabled.get(i).criterion(), i));
        }
        return List.copyOf(columns);
    }

    /** @return what the column shows */
    public Kind kind() {
        return kind;
    }

    /** @return the criterion of a criterion column, else {@code null} */
    public Criterion criterion() {
        return criterion;
    }

    /** @return the property key of a property column, else {@code null} */
    public String propertyKey() {
        return propertyKey;
    }

    /** @return a stable identifier: the kind's name, {@code criterion:<id>} or {@code property:<key>} */
    public String id() {
        if (propertyKey != null) {
            return "property:" + propertyKey; //$NON-NLS-1$
        }
        return criterion == null ? kind.name() : "criterion:" + criterion.id(); //$NON-NLS-1$
    }

    /** @return the header */
    public String header() {
        return switch (kind) {
            case RANK -> Messages.Column_rank;
            case NAME -> Messages.Column_name;
            case SCOPE -> Messages.Column_scope;
            case STATUS -> Messages.Column_status;
            case WAVE -> Messages.Column_wave;
            case QUADRANT -> Messages.Column_quadrant;
            case IMPACT -> Messages.Column_impact;
            case FEASIBILITY -> Messages.Column_feasibility;
            case OVERALL -> Messages.Column_overall;
            case STANDING -> Messages.Column_standing;
            case FLAGS -> Messages.Column_flags;
            case COVERAGE -> Messages.Column_coverage;
            case PROPERTY -> propertyLabel;
            case CRITERION -> criterion.label();
        };
    }

    /** @return whether the values are numbers (right-aligned) */
    public boolean isNumeric() {
        return switch (kind) {
            case RANK, IMPACT, FEASIBILITY, OVERALL, COVERAGE, CRITERION -> true;
            default -> false;
        };
    }

    /**
     * @param row a line
     * @return the value shown, {@code null} when there is none
     */
    public Object value(RankingRow row) {
        return switch (kind) {
            case RANK -> row.rank() > 0 ? new ShownRank(row.rank(), row.tied(), row.score().isPartial()) : null;
            case NAME -> row.score().name();
            case SCOPE -> row.score().scope();
            case STATUS -> row.score().status();
            case WAVE -> row.waveName();
            case QUADRANT -> row.score().quadrant();
            case IMPACT -> number(row.score().impact());
            case FEASIBILITY -> number(row.score().feasibility());
            case OVERALL -> number(row.score().overall());
            case STANDING -> row.standingText();
            case FLAGS -> row.flagsText().isEmpty() ? null : row.flagsText();
            case COVERAGE -> row.score().criteriaCount() == 0 ? null
                    : new Coverage(row.score().scoredCount(), row.score().criteriaCount());
            case PROPERTY -> shownProperty(row.property(propertyKey));
            case CRITERION -> number(criterionScore(row).value());
        };
    }

    /**
     * @param row a line
     * @return the line's value on this criterion column
     */
    public CriterionScore criterionScore(RankingRow row) {
        return row.score().criteria().get(criterionIndex);
    }

    /**
     * Orders lines by this column; lines without a value come last in both directions, and
     * ties keep the default order (rank, then standing, overall score and name).
     *
     * @param ascending the direction
     * @return the comparator
     */
    public Comparator<RankingRow> comparator(boolean ascending) {
        Comparator<RankingRow> byValue = (a, b) -> {
            Object va = value(a);
            Object vb = value(b);
            if (va == null || vb == null) {
                return va == null ? (vb == null ? 0 : 1) : -1;
            }
            int order = compareValues(va, vb);
            return ascending ? order : -order;
        };
        return byValue.thenComparing(RankingModel.DEFAULT_ORDER);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareValues(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            return COLLATOR.compare(sa, sb);
        }
        return ((Comparable) a).compareTo(b);
    }

    /**
     * How many enabled criteria a use case is scored on, shown {@code 5/8}; sorts by the share.
     *
     * @param scored the criteria scored
     * @param total the enabled criteria
     */
    public record Coverage(int scored, int total) implements Comparable<Coverage> {
        @Override
        public int compareTo(Coverage other) {
            int order = Long.compare((long) scored * other.total, (long) other.scored * total);
            return order != 0 ? order : Integer.compare(scored, other.scored);
        }

        @Override
        public String toString() {
            return NLS.bind(Messages.Coverage_value, Integer.valueOf(scored), Integer.valueOf(total));
        }
    }

    private ShownProperty shownProperty(String value) {
        PropertyValues.SortKey key = PropertyValues.sortKey(property, value);
        return key == null ? null : new ShownProperty(value, key);
    }

    /**
     * A property value as the Ranking shows it: its text; sorts by its type (numbers as numbers,
     * dates in order, choices in their order).
     *
     * @param text the value
     * @param key its order
     */
    public record ShownProperty(String text, PropertyValues.SortKey key) implements Comparable<ShownProperty> {
        @Override
        public int compareTo(ShownProperty other) {
            return key.compareTo(other.key);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static Double number(double value) {
        return Double.isNaN(value) ? null : Double.valueOf(value);
    }

    @Override
    public String toString() {
        return id();
    }
}
