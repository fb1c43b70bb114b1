// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.provider.spec;

import java.math.BigDecimal;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Score;
import dev.cartograph.model.provider.CartographEditPlugin;

/**
 * The labels of model elements as users read them in trees, lists and dialogs: a named element
 * by its name alone (the icon tells its kind), the other elements by what identifies them (a
 * score by criterion, value and assessor; a gate by its condition).
 */
final class ItemLabels {

    private ItemLabels() {
    }

    private static String text(String key, Object... substitutions) {
        return CartographEditPlugin.INSTANCE.getString(key, substitutions);
    }

    /** @return the name of the element's kind, for elements with nothing better to show */
    static String type(String eClassName) {
        return CartographEditPlugin.INSTANCE.getString("_UI_" + eClassName + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String literal(String enumName, String literalName) {
        return CartographEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + literalName + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String named(Object object, String eClassName) {
        String name = object instanceof NamedElement named ? named.getName() : null;
        return name == null || name.isBlank() ? text("_UI_Unnamed_label", type(eClassName)) : name; //$NON-NLS-1$
    }

    static String score(Score score) {
        String criterion = orType(score.getCriterionId(), "Score"); //$NON-NLS-1$
        String value = number(score.getValue());
        return score.getAssessor() == null || score.getAssessor().isBlank()
                ? text("_UI_Score_label", criterion, value) //$NON-NLS-1$
                : text("_UI_Score_assessorLabel", criterion, value, score.getAssessor()); //$NON-NLS-1$
    }

    static String setting(CriterionSetting setting) {
        String criterion = orType(setting.getCriterionId(), "CriterionSetting"); //$NON-NLS-1$
        if (!setting.isEnabled()) {
            return text("_UI_CriterionSetting_disabledLabel", criterion); //$NON-NLS-1$
        }
        return setting.isSetWeight() ? text("_UI_CriterionSetting_label", criterion, number(setting.getWeight())) //$NON-NLS-1$
                : text("_UI_CriterionSetting_defaultLabel", criterion); //$NON-NLS-1$
    }

    static String gate(Gate gate) {
        String criterion = orType(gate.getCriterionId(), "Gate"); //$NON-NLS-1$
        String operator = text(gate.getOperator() == GateOperator.AT_MOST ? "_UI_GateOperator_atMost_symbol" //$NON-NLS-1$
                : "_UI_GateOperator_atLeast_symbol"); //$NON-NLS-1$
        String effect = literal("GateEffect", gate.getEffect().getName()); //$NON-NLS-1$
        String label = text("_UI_Gate_label", criterion, operator, number(gate.getValue()), effect); //$NON-NLS-1$
        return gate.isEnabled() ? label : text("_UI_Gate_disabledLabel", label); //$NON-NLS-1$
    }

    static String evidence(Evidence evidence) {
        String kind = literal("EvidenceKind", evidence.getKind().getName()); //$NON-NLS-1$
        String what = evidence.getSource() != null && !evidence.getSource().isBlank() ? evidence.getSource()
                : evidence.getFigure();
        return what == null || what.isBlank() ? kind : text("_UI_Evidence_label", kind, what); //$NON-NLS-1$
    }

    private static String orType(String id, String eClassName) {
        return id == null || id.isBlank() ? type(eClassName) : id;
    }
}
