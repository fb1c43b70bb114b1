// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.GateHit;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.UseCaseScore;

/** The words and numbers the scoring views show, in the workbench's language. */
public final class ScoringTexts {

    private static final ThreadLocal<NumberFormat> ONE_DECIMAL = ThreadLocal.withInitial(() -> decimal(1));
    private static final ThreadLocal<NumberFormat> TWO_DECIMALS = ThreadLocal.withInitial(() -> decimal(2));
    private static final ThreadLocal<NumberFormat> FIXED_ONE_DECIMAL = ThreadLocal.withInitial(() -> {
        NumberFormat format = decimal(1);
        format.setMinimumFractionDigits(1);
        return format;
    });

    private ScoringTexts() {
    }

    /**
     * @param score a use case's score
     * @return its standing, with the reason when it is not ranked
     */
    public static String standing(UseCaseScore score) {
        Standing standing = score.standing();
        String reason = switch (standing) {
            case REJECTED -> score.rejectionReason();
            case BLOCKED, NOT_READY -> gates(score.gates());
            case INCOMPLETE -> NLS.bind(Messages.Standing_missing, criteria(score.missing()));
            case RANKED -> score.isPartial() ? partialReason(score) : ""; //$NON-NLS-1$
        };
        return reason == null || reason.isBlank() ? standing.label()
                : NLS.bind(Messages.Standing_withReason, standing.label(), reason);
    }

    private static String gates(List<GateHit> gates) {
        List<String> messages = new ArrayList<>();
        for (GateHit gate : gates) {
            messages.add(gate.message());
        }
        return String.join("; ", messages); //$NON-NLS-1$
    }

    /**
     * @param criteria criteria
     * @return their labels, separated by commas
     */
    public static String criteria(List<Criterion> criteria) {
        List<String> labels = new ArrayList<>();
        for (Criterion criterion : criteria) {
            labels.add(criterion.label());
        }
        return String.join(", ", labels); //$NON-NLS-1$
    }

    private static String partialReason(UseCaseScore score) {
        return NLS.bind(Messages.Standing_partial, new Object[] { integer(score.scoredCount()),
                integer(score.criteriaCount()), percent(score.weightCoverage()), criteria(score.missing()) });
    }

    /**
     * @param score a use case's score
     * @return how many of the enabled criteria it is scored on and how much of their weight
     *         they carry, for example "5 of 8 enabled criteria scored, carrying 62 % of their weight"
     */
    public static String coverage(UseCaseScore score) {
        return NLS.bind(Messages.Coverage_tooltip, new Object[] { integer(score.scoredCount()),
                integer(score.criteriaCount()), percent(score.weightCoverage()) });
    }

    /**
     * @param score a use case ranked on partial scores
     * @return its flag, for example "Partial (5 of 8)"
     */
    public static String partialFlag(UseCaseScore score) {
        return NLS.bind(Messages.Flag_partial, integer(score.scoredCount()), integer(score.criteriaCount()));
    }

    private static String integer(int value) {
        return NumberFormat.getIntegerInstance().format(value);
    }

    private static String percent(double share) {
        return NumberFormat.getPercentInstance().format(share);
    }

    /** @return the flag of a use case with a missing value */
    public static String incompleteFlag() {
        return Messages.Flag_incomplete;
    }

    /**
     * @param scope a scope, or {@code null}
     * @return its name
     */
    public static String scope(Scope scope) {
        if (scope == null) {
            return ""; //$NON-NLS-1$
        }
        return scope == Scope.EXTERNAL ? Messages.Scope_external : Messages.Scope_internal;
    }

    /**
     * @param status a status, or {@code null}
     * @return its name
     */
    public static String status(UseCaseStatus status) {
        if (status == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (status) {
            case IDEA -> Messages.Status_idea;
            case QUALIFIED -> Messages.Status_qualified;
            case BUSINESS_CASE -> Messages.Status_businessCase;
            case APPROVED -> Messages.Status_approved;
            case PILOT -> Messages.Status_pilot;
            case DEPLOYED -> Messages.Status_deployed;
            case REJECTED -> Messages.Status_rejected;
        };
    }

    /**
     * @param value a score on 0-100, or {@code NaN}
     * @return it with one decimal, or an empty text for {@code NaN}
     */
    public static String score(double value) {
        return Double.isNaN(value) ? "" : ONE_DECIMAL.get().format(value); //$NON-NLS-1$
    }

    /**
     * @param value a score on 0-100, or {@code NaN}
     * @return it with exactly one decimal (75.0), or an empty text for {@code NaN}
     */
    public static String fixedScore(double value) {
        return Double.isNaN(value) ? "" : FIXED_ONE_DECIMAL.get().format(value); //$NON-NLS-1$
    }

    /**
     * @param value a value on a criterion's scale, or {@code NaN}
     * @return it without needless decimals (3, 3.5, 3.25), or an empty text for {@code NaN}
     */
    public static String value(double value) {
        return Double.isNaN(value) ? "" : TWO_DECIMALS.get().format(value); //$NON-NLS-1$
    }

    /**
     * @param amount an amount of money, or {@code NaN}
     * @param currency the currency code, possibly {@code null}
     * @return it with thousands separators and the currency, or an empty text for {@code NaN}
     */
    public static String money(double amount, String currency) {
        if (Double.isNaN(amount)) {
            return ""; //$NON-NLS-1$
        }
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.getDefault());
        String number = format.format(Math.round(amount));
        return currency == null || currency.isBlank() ? number : number + ' ' + currency;
    }

    /**
     * @param criterion a criterion
     * @return its question and rubric, one level a line, for help while scoring
     */
    public static String rubric(Criterion criterion) {
        StringBuilder text = new StringBuilder(criterion.label());
        if (!criterion.question().isBlank()) {
            text.append(" \u2014 ").append(criterion.question()); //$NON-NLS-1$
        }
        Scale scale = criterion.scale();
        if (scale.rubric().isEmpty()) {
            text.append('\n').append(NLS.bind(Messages.Rubric_range, value(scale.min()), value(scale.max())));
        }
        for (int i = 0; i < scale.rubric().size(); i++) {
            text.append('\n').append(value(scale.min() + i)).append(": ").append(scale.rubric().get(i)); //$NON-NLS-1$
        }
        if (criterion.direction() == Direction.COST) {
            text.append('\n').append(Messages.Rubric_higherIsWorse);
        }
        return text.toString();
    }

    private static NumberFormat decimal(int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(0);
        format.setGroupingUsed(false);
        return format;
    }
}
