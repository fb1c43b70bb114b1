// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.ui.internal.ScoringDefaults;

/**
 * The rows of the criteria table (every installed criterion, then the criteria the portfolio
 * sets but that are not installed), and the commands that change a criterion's setting,
 * creating the setting (and the scoring configuration) when the portfolio has none yet.
 */
final class CriterionSettings {

    /**
     * One row: an installed criterion, or only a setting for an unknown one.
     *
     * @param id the criterion id
     * @param criterion the installed criterion, or {@code null}
     * @param setting the portfolio's setting, or {@code null}
     * @param listsCriteria whether the portfolio lists criterion settings at all (then a criterion
     *        without a setting does not count, as the scoring engine decides)
     */
    record Row(String id, Criterion criterion, CriterionSetting setting, boolean listsCriteria) {
        boolean enabled() {
            return setting == null ? !listsCriteria : setting.isEnabled();
        }

        Double weight() {
            return setting != null && setting.isSetWeight() ? setting.getWeight() : null;
        }
    }

    private CriterionSettings() {
    }

    static List<Row> rows(Portfolio portfolio, List<Criterion> installed) {
        ScoringConfiguration scoring = portfolio.getScoring();
        boolean lists = scoring != null && !scoring.getCriteria().isEmpty();
        List<Row> rows = new ArrayList<>();
        for (Criterion criterion : installed) {
            rows.add(new Row(criterion.id(), criterion, find(scoring, criterion.id()), lists));
        }
        if (scoring != null) {
            for (CriterionSetting setting : scoring.getCriteria()) {
                if (installed.stream().noneMatch(c -> c.id().equals(setting.getCriterionId()))) {
                    rows.add(new Row(setting.getCriterionId(), null, setting, lists));
                }
            }
        }
        return rows;
    }

    static CriterionSetting find(ScoringConfiguration scoring, String id) {
        if (scoring == null) {
            return null;
        }
        return scoring.getCriteria().stream().filter(s -> Objects.equals(s.getCriterionId(), id)).findFirst().orElse(null);
    }

    /**
     * @param domain the editing domain
     * @param portfolio the portfolio
     * @param id the criterion
     * @param attribute {@code enabled} or {@code weight} of its setting
     * @param value the new value ({@link SetCommand#UNSET_VALUE} resets the weight to the default)
     * @return the command
     */
    static Command set(EditingDomain domain, Portfolio portfolio, String id, EAttribute attribute, Object value) {
        ScoringConfiguration scoring = portfolio.getScoring();
        CriterionSetting setting = find(scoring, id);
        if (setting != null) {
            return SetCommand.create(domain, setting, attribute, value);
        }
        CriterionSetting created = CartographFactory.eINSTANCE.createCriterionSetting();
        created.setCriterionId(id);
        if (value != SetCommand.UNSET_VALUE) {
            created.eSet(attribute, value);
        }
        if (scoring == null) {
            ScoringConfiguration defaults = ScoringDefaults.create();
            defaults.getCriteria().removeIf(s -> id.equals(s.getCriterionId()));
            defaults.getCriteria().add(created);
            return SetCommand.create(domain, portfolio, Literals.PORTFOLIO__SCORING, defaults);
        }
        return AddCommand.create(domain, scoring, Literals.SCORING_CONFIGURATION__CRITERIA, created);
    }
}
