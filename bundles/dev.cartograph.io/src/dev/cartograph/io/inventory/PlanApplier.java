// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.io.inventory.ImportPlan.Action;
import dev.cartograph.io.inventory.ImportPlan.CellValue;
import dev.cartograph.io.inventory.ImportPlan.RowPlan;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.ExternalReference;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;

/** Carries an import plan out, and tells whether a row would change its use case. */
final class PlanApplier {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private final ImportPlan plan;
    private final Containers containers;

    PlanApplier(ImportPlan plan) {
        this.plan = plan;
        this.containers = new Containers(plan.portfolio());
    }

    List<UseCase> apply() {
        Portfolio portfolio = plan.portfolio();
        InventoryMapping mapping = plan.mapping();
        List<UseCase> changed = new ArrayList<>();
        for (RowPlan row : plan.rows()) {
            if (row.action() != Action.CREATE && row.action() != Action.UPDATE) {
                continue;
            }
            UseCase useCase = row.existing();
            if (useCase == null) {
                useCase = FACTORY.createUseCase();
                ExternalReference origin = FACTORY.createExternalReference();
                origin.setSource(mapping.source());
                origin.setId(row.id());
                useCase.setOrigin(origin);
                portfolio.getUseCases().add(useCase);
            }
            for (CellValue cell : row.cells()) {
                if (cell.mapping().field() != Field.RATIONALE) {
                    write(useCase, cell, mapping);
                }
            }
            for (CellValue cell : row.cells()) {
                if (cell.mapping().field() == Field.RATIONALE) {
                    write(useCase, cell, mapping);
                }
            }
            changed.add(useCase);
        }
        return changed;
    }

    private static EAttribute attribute(Field field) {
        return switch (field) {
        case NAME -> Literals.NAMED_ELEMENT__NAME;
        case DESCRIPTION -> Literals.NAMED_ELEMENT__DESCRIPTION;
        case SCOPE -> Literals.USE_CASE__SCOPE;
        case STATUS -> Literals.USE_CASE__STATUS;
        case AI_PATTERN -> Literals.USE_CASE__AI_PATTERN;
        case SPONSOR -> Literals.USE_CASE__SPONSOR;
        case OWNER -> Literals.USE_CASE__OWNER;
        case REJECTION_REASON -> Literals.USE_CASE__REJECTION_REASON;
        case PROBLEM -> Literals.BUSINESS_CASE__PROBLEM;
        case SOLUTION -> Literals.BUSINESS_CASE__PROPOSED_SOLUTION;
        case BENEFITS -> Literals.BUSINESS_CASE__EXPECTED_BENEFITS;
        case ONE_OFF_COST -> Literals.BUSINESS_CASE__ONE_OFF_COST;
        case RUNNING_COST -> Literals.BUSINESS_CASE__RUNNING_COST_PER_YEAR;
        case REVENUE -> Literals.BUSINESS_CASE__ANNUAL_REVENUE_GAINED;
        case COST_AVOIDED -> Literals.BUSINESS_CASE__ANNUAL_COST_AVOIDED;
        case TIME_TO_VALUE -> Literals.BUSINESS_CASE__TIME_TO_VALUE_MONTHS;
        case DATA_NEEDED -> Literals.BUSINESS_CASE__DATA_NEEDED;
        case RISKS -> Literals.BUSINESS_CASE__RISKS;
        case COMPLIANCE -> Literals.BUSINESS_CASE__COMPLIANCE_NOTES;
        default -> null;
        };
    }

    private static Object modelValue(EAttribute attribute, Object value) {
        if (value instanceof EEnumLiteral literal) {
            return literal.getInstance();
        }
        return value;
    }

    private static EObject owner(UseCase useCase, EAttribute attribute, boolean create) {
        if (attribute.getEContainingClass() != Literals.BUSINESS_CASE) {
            return useCase;
        }
        if (useCase.getBusinessCase() == null && create) {
            useCase.setBusinessCase(FACTORY.createBusinessCase());
        }
        return useCase.getBusinessCase();
    }

    private static Score score(UseCase useCase, String criterion, String assessor) {
        for (Score score : useCase.getScores()) {
            if (criterion.equals(score.getCriterionId()) && Objects.equals(assessor, score.getAssessor())) {
                return score;
            }
        }
        return null;
    }

    private static PropertyValue property(UseCase useCase, String key) {
        for (PropertyValue property : useCase.getProperties()) {
            if (key.equals(property.getKey())) {
                return property;
            }
        }
        return null;
    }

    /** Whether every cell of a row already says what the use case says. */
    static boolean same(UseCase useCase, List<CellValue> cells, InventoryMapping mapping, Containers containers) {
        for (CellValue cell : cells) {
            ColumnMapping column = cell.mapping();
            EAttribute attribute = attribute(column.field());
            if (attribute != null) {
                EObject owner = owner(useCase, attribute, false);
                // an enumeration set to its default value is not "set": compare values, and the set state
                // only of unsettable figures
                if (owner == null || attribute.isUnsettable() && !owner.eIsSet(attribute)
                        || !Objects.equals(owner.eGet(attribute), modelValue(attribute, cell.value()))) {
                    return false;
                }
                continue;
            }
            switch (column.field()) {
            case SCORE -> {
                Score score = score(useCase, column.argument(), mapping.assessor());
                if (score == null || score.getValue() != (Double) cell.value()) {
                    return false;
                }
            }
            case RATIONALE -> {
                Score score = score(useCase, column.argument(), mapping.assessor());
                if (score != null && !Objects.equals(score.getRationale(), cell.value())) {
                    return false;
                }
            }
            case PROPERTY -> {
                PropertyValue property = property(useCase, column.argument());
                if (property == null || !Objects.equals(property.getValue(), cell.value())) {
                    return false;
                }
            }
            case UNIT -> {
                if (useCase.getUnit() == null || !Containers.key(useCase.getUnit().getName())
                        .equals(Containers.key((String) cell.value()))) {
                    return false;
                }
            }
            case STEP -> {
                for (Object name : (List<?>) cell.value()) {
                    WorkflowStep step = containers.step(cell.context(), (String) name, false);
                    if (step == null ? mapping.createMissing() && cell.context() != null
                            : !useCase.getSteps().contains(step)) {
                        return false;
                    }
                }
            }
            case STAGE -> {
                for (Object name : (List<?>) cell.value()) {
                    JourneyStage stage = containers.stage(cell.context(), (String) name, false);
                    if (stage == null ? mapping.createMissing() && cell.context() != null
                            : !useCase.getStages().contains(stage)) {
                        return false;
                    }
                }
            }
            case INITIATIVE -> {
                for (Object name : (List<?>) cell.value()) {
                    Initiative initiative = containers.initiative((String) name, false);
                    if (initiative == null ? mapping.createMissing() : !useCase.getInitiatives().contains(initiative)) {
                        return false;
                    }
                }
            }
            case WORKFLOW, JOURNEY -> {
                boolean found = column.field() == Field.WORKFLOW ? containers.workflow((String) cell.value(), false) != null
                        : containers.journey((String) cell.value(), false) != null;
                if (!found && mapping.createMissing()) {
                    return false;
                }
            }
            default -> {
                // nothing to compare
            }
            }
        }
        return true;
    }

    private void write(UseCase useCase, CellValue cell, InventoryMapping mapping) {
        ColumnMapping column = cell.mapping();
        EAttribute attribute = attribute(column.field());
        boolean create = mapping.createMissing();
        if (attribute != null) {
            owner(useCase, attribute, true).eSet(attribute, modelValue(attribute, cell.value()));
            return;
        }
        switch (column.field()) {
        case SCORE -> scoreFor(useCase, column.argument(), mapping.assessor()).setValue((Double) cell.value());
        case RATIONALE -> {
            // a rationale without a score has nothing to explain: it waits for its score
            Score score = score(useCase, column.argument(), mapping.assessor());
            if (score != null) {
                score.setRationale((String) cell.value());
            }
        }
        case PROPERTY -> {
            PropertyValue property = property(useCase, column.argument());
            if (property == null) {
                property = FACTORY.createPropertyValue();
                property.setKey(column.argument());
                useCase.getProperties().add(property);
                define(column);
            }
            property.setValue((String) cell.value());
        }
        case UNIT -> {
            var unit = containers.unit((String) cell.value(), create);
            if (unit != null) {
                useCase.setUnit(unit);
            }
        }
        case WORKFLOW -> containers.workflow((String) cell.value(), create);
        case JOURNEY -> containers.journey((String) cell.value(), create);
        case STEP -> {
            for (Object name : (List<?>) cell.value()) {
                WorkflowStep step = containers.step(cell.context(), (String) name, create);
                if (step != null && !useCase.getSteps().contains(step)) {
                    useCase.getSteps().add(step);
                }
            }
        }
        case STAGE -> {
            for (Object name : (List<?>) cell.value()) {
                JourneyStage stage = containers.stage(cell.context(), (String) name, create);
                if (stage != null && !useCase.getStages().contains(stage)) {
                    useCase.getStages().add(stage);
                }
            }
        }
        case INITIATIVE -> {
            for (Object name : (List<?>) cell.value()) {
                Initiative initiative = containers.initiative((String) name, create);
                if (initiative != null && !useCase.getInitiatives().contains(initiative)) {
                    useCase.getInitiatives().add(initiative);
                }
            }
        }
        default -> {
            // not written
        }
        }
    }

    private static Score scoreFor(UseCase useCase, String criterion, String assessor) {
        Score score = score(useCase, criterion, assessor);
        if (score == null) {
            score = FACTORY.createScore();
            score.setCriterionId(criterion);
            score.setAssessor(assessor);
            useCase.getScores().add(score);
        }
        return score;
    }

    private void define(ColumnMapping column) {
        Portfolio portfolio = plan.portfolio();
        for (PropertyDefinition definition : portfolio.getPropertyDefinitions()) {
            if (column.argument().equals(definition.getKey())) {
                return;
            }
        }
        PropertyDefinition definition = FACTORY.createPropertyDefinition();
        definition.setKey(column.argument());
        definition.setName(column.header());
        definition.setType(PropertyType.TEXT);
        definition.getAppliesTo().add("UseCase"); //$NON-NLS-1$
        portfolio.getPropertyDefinitions().add(definition);
    }
}
