// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionFailure;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.CriterionWeight;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.GateRule;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ScoringParameters;
import dev.cartograph.scoring.ScoringStrategy;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.WeightedSumStrategy;
import dev.cartograph.scoring.internal.text.Failures;

/**
 * The configuration compiled for one scoring run: the evaluated criteria as columns (the
 * enabled ones first, then those only a gate looks at), their weights and scales in arrays,
 * the active gates, the strategy. Immutable.
 */
public final class ScoringContext {

    private static final ScoringConfiguration DEFAULTS = CartographFactory.eINSTANCE.createScoringConfiguration();

    private final ScoringParameters parameters;
    private final ScoringStrategy strategy;
    private final Criterion[] columns;
    private final int enabledCount;
    private final double[] weights;
    private final double[] min;
    private final double[] max;
    private final boolean[] cost;
    private final Map<String, Integer> columnIndex;
    private final Set<String> knownIds;
    private final GateRule[] gates;
    private final int[] gateColumns;
    private final List<String> problems;
    private final List<CriterionFailure> failures;

    private ScoringContext(Builder b) {
        parameters = b.parameters;
        strategy = b.strategy;
        columns = b.columns.toArray(new Criterion[0]);
        enabledCount = b.enabledCount;
        weights = b.weights.stream().mapToDouble(Double::doubleValue).toArray();
        min = new double[columns.length];
        max = new double[columns.length];
        cost = new boolean[columns.length];
        columnIndex = new HashMap<>();
        for (int i = 0; i < columns.length; i++) {
            Scale scale = b.scales.get(i);
            min[i] = scale.min();
            max[i] = scale.max();
            cost[i] = b.directions.get(i) == Direction.COST;
            columnIndex.put(columns[i].id(), i);
        }
        knownIds = Set.copyOf(b.knownIds);
        gates = b.gates.toArray(new GateRule[0]);
        gateColumns = b.gateColumns.stream().mapToInt(Integer::intValue).toArray();
        problems = List.copyOf(b.problems);
        failures = List.copyOf(b.failures);
    }

    private ScoringContext(ScoringContext base, ScoringStrategy strategy, ScoringParameters parameters) {
        this.parameters = parameters;
        this.strategy = strategy;
        columns = base.columns;
        enabledCount = base.enabledCount;
        weights = base.weights;
        min = base.min;
        max = base.max;
        cost = base.cost;
        columnIndex = base.columnIndex;
        knownIds = base.knownIds;
        gates = base.gates;
        gateColumns = base.gateColumns;
        problems = base.problems;
        failures = base.failures;
    }

    /**
     * Compiles a portfolio's configuration against the installed criteria and strategies.
     *
     * @param portfolio the portfolio
     * @param criteria the installed criteria
     * @param strategies the installed strategies
     * @return the context
     */
    public static ScoringContext compile(Portfolio portfolio, CriterionRegistry criteria, StrategyRegistry strategies) {
        ScoringConfiguration config = portfolio.getScoring() != null ? portfolio.getScoring() : DEFAULTS;
        Builder b = new Builder();
        List<CriterionWeight> weights = b.readCriteria(config, criteria.criteria());
        List<GateRule> rules = b.readGates(config);
        String requested = config.getStrategyId() == null || config.getStrategyId().isBlank()
                ? WeightedSumStrategy.ID : config.getStrategyId();
        b.strategy = strategies.find(requested).orElse(WeightedSumStrategy.INSTANCE);
        if (!b.strategy.id().equals(requested)) {
            b.problems.add(Messages.get("Problem_unknownStrategy", requested, WeightedSumStrategy.ID)); //$NON-NLS-1$
        }
        if (b.enabledCount == 0) {
            b.problems.add(Messages.get("Problem_noCriterion")); //$NON-NLS-1$
        }
        b.parameters = new ScoringParameters(b.strategy.id(), requested, config.getImpactThreshold(),
                config.getFeasibilityThreshold(), config.getAggregation(), config.getDisagreementThreshold(),
                weights, rules, config.isPartialRanking(), coverage(config.getMinimumCoverage()));
        return new ScoringContext(b);
    }

    /**
     * @param replacement the strategy to use instead
     * @return this context with another strategy, the parameters saying so
     */
    public ScoringContext withStrategy(ScoringStrategy replacement) {
        ScoringParameters replaced = new ScoringParameters(replacement.id(), parameters.requestedStrategyId(),
                parameters.impactThreshold(), parameters.feasibilityThreshold(), parameters.aggregation(),
                parameters.disagreementThreshold(), parameters.criteria(), parameters.gates(),
                parameters.partialRanking(), parameters.minimumCoverage());
        return new ScoringContext(this, replacement, replaced);
    }

    /**
     * @param partial whether to rank on partial scores, whatever the portfolio says
     * @return this context with that ranking mode
     */
    public ScoringContext withPartialRanking(boolean partial) {
        return partial == parameters.partialRanking() ? this
                : new ScoringContext(this, strategy, parameters.withPartialRanking(partial));
    }

    private static double coverage(double percent) {
        return Double.isFinite(percent) ? Math.max(0.0, Math.min(100.0, percent)) : 0.0;
    }

    /** @return the parameters applied */
    public ScoringParameters parameters() {
        return parameters;
    }

    /** @return the strategy */
    public ScoringStrategy strategy() {
        return strategy;
    }

    /** @return how many columns: enabled criteria, then gate-only criteria */
    public int columnCount() {
        return columns.length;
    }

    /** @return how many enabled criteria (the first columns) */
    public int enabledCount() {
        return enabledCount;
    }

    /**
     * @param column a column
     * @return its criterion
     */
    public Criterion criterion(int column) {
        return columns[column];
    }

    /**
     * @param column an enabled column
     * @return its effective weight
     */
    public double weight(int column) {
        return weights[column];
    }

    /**
     * @param column a column
     * @param value a value
     * @return whether the value is within the column's scale
     */
    public boolean inScale(int column, double value) {
        return value >= min[column] && value <= max[column];
    }

    /**
     * @param column a column
     * @return the scale's lowest value
     */
    public double min(int column) {
        return min[column];
    }

    /**
     * @param column a column
     * @return the scale's highest value
     */
    public double max(int column) {
        return max[column];
    }

    /**
     * @param column a column
     * @param value a value of its scale
     * @return the value on 0-100, a cost inverted
     */
    public double normalise(int column, double value) {
        double n = (value - min[column]) / (max[column] - min[column]) * 100.0;
        return cost[column] ? 100.0 - n : n;
    }

    /**
     * @param criterionId a criterion id, possibly {@code null}
     * @return its column, or -1 if it is not evaluated
     */
    public int column(String criterionId) {
        Integer index = criterionId == null ? null : columnIndex.get(criterionId);
        return index == null ? -1 : index;
    }

    /**
     * @param criterionId a criterion id
     * @return whether an installed criterion has that id
     */
    public boolean isKnown(String criterionId) {
        return criterionId != null && knownIds.contains(criterionId);
    }

    /** @return the enabled gates on known criteria */
    public GateRule[] gates() {
        return gates;
    }

    /**
     * @param gate an index in {@link #gates()}
     * @return the column of its criterion
     */
    public int gateColumn(int gate) {
        return gateColumns[gate];
    }

    /** @return the localised configuration problems */
    public List<String> problems() {
        return problems;
    }

    /** @return criteria that failed when compiled (a descriptive method threw) */
    public List<CriterionFailure> failures() {
        return failures;
    }

    /** Collects the parts of a context. */
    private static final class Builder {
        ScoringParameters parameters;
        ScoringStrategy strategy;
        final List<Criterion> columns = new ArrayList<>();
        int enabledCount;
        final List<Double> weights = new ArrayList<>();
        final List<Scale> scales = new ArrayList<>();
        final List<Direction> directions = new ArrayList<>();
        final Set<String> knownIds = new HashSet<>();
        final List<GateRule> gates = new ArrayList<>();
        final List<Integer> gateColumns = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<CriterionFailure> failures = new ArrayList<>();
        private final List<Criterion> disabled = new ArrayList<>();
        private boolean listsNoCriteria;

        List<CriterionWeight> readCriteria(ScoringConfiguration config, List<Criterion> installed) {
            Map<String, CriterionSetting> settings = new HashMap<>();
            listsNoCriteria = config.getCriteria().isEmpty();
            for (CriterionSetting setting : config.getCriteria()) {
                settings.putIfAbsent(setting.getCriterionId(), setting);
            }
            List<CriterionWeight> result = new ArrayList<>();
            for (Criterion criterion : installed) {
                knownIds.add(criterion.id());
                CriterionSetting setting = settings.get(criterion.id());
                CriterionWeight weight = weightOf(criterion, setting);
                result.add(weight);
                if (weight.enabled() && addColumn(criterion)) {
                    weights.add(weight.weight());
                    enabledCount++;
                } else if (!weight.enabled()) {
                    disabled.add(criterion);
                }
            }
            for (CriterionSetting setting : config.getCriteria()) {
                if (!knownIds.contains(setting.getCriterionId())) {
                    problems.add(Messages.get("Problem_settingUnknown", setting.getCriterionId())); //$NON-NLS-1$
                }
            }
            return result;
        }

        private CriterionWeight weightOf(Criterion criterion, CriterionSetting setting) {
            double fallback = criterion.defaultWeight();
            if (setting == null) {
                // A portfolio that lists its criteria has chosen its grid: a criterion installed
                // later is available but not used until enabled. With no list, all are used.
                return new CriterionWeight(criterion, listsNoCriteria, fallback, true);
            }
            if (!setting.isSetWeight()) {
                return new CriterionWeight(criterion, setting.isEnabled(), fallback, true);
            }
            double weight = setting.getWeight();
            if (!Double.isFinite(weight) || weight < 0) {
                problems.add(Messages.get("Problem_badWeight", criterion.label(), String.valueOf(weight), fallback)); //$NON-NLS-1$
                return new CriterionWeight(criterion, setting.isEnabled(), fallback, true);
            }
            return new CriterionWeight(criterion, setting.isEnabled(), weight, false);
        }

        private boolean addColumn(Criterion criterion) {
            try {
                Scale scale = criterion.scale();
                Direction direction = criterion.direction();
                criterion.side().name();
                scales.add(scale);
                directions.add(direction);
                columns.add(criterion);
                return true;
            } catch (RuntimeException | LinkageError e) {
                failures.add(new CriterionFailure(criterion.id(), String.valueOf(criterion.contributor()),
                        Messages.get("Registry_threw", criterion.id(), Failures.describe(e)))); //$NON-NLS-1$
                return false;
            }
        }

        List<GateRule> readGates(ScoringConfiguration config) {
            List<GateRule> rules = new ArrayList<>();
            for (Gate gate : config.getGates()) {
                GateRule rule = new GateRule(gate.getCriterionId(), gate.getOperator(), gate.getValue(),
                        gate.getEffect(), gate.getReason() == null ? "" : gate.getReason(), gate.isEnabled()); //$NON-NLS-1$
                rules.add(rule);
                if (rule.enabled()) {
                    activate(rule);
                }
            }
            return rules;
        }

        private void activate(GateRule rule) {
            int column = columns.stream().map(Criterion::id).toList().indexOf(rule.criterionId());
            if (column < 0) {
                Criterion criterion = disabled.stream().filter(c -> c.id().equals(rule.criterionId()))
                        .findFirst().orElse(null);
                if (criterion == null || !addColumn(criterion)) {
                    problems.add(Messages.get("Problem_gateUnknown", rule.criterionId())); //$NON-NLS-1$
                    return;
                }
                column = columns.size() - 1;
            }
            gates.add(rule);
            gateColumns.add(column);
        }
    }
}
