// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.ui.internal.FinancialEffect;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/**
 * One use case's line in the ranking: its score snapshot plus what the table shows besides it,
 * read from the model once when the line is made, so that painting never reads the model.
 */
public final class RankingRow {

    private final UseCaseScore score;
    private final int rank;
    private final boolean tied;
    private final Wave wave;
    private final String waveName;
    private final double financialEffect;
    private final String id;
    private final Map<String, String> properties;
    private final OrganisationUnit unit;
    private String standingText;
    private String flagsText;

    /**
     * Reads the model for a use case's line.
     *
     * @param score the use case's score
     * @param rank its rank, 0 when not ranked
     * @param tied whether another use case shares its rank
     */
    public RankingRow(UseCaseScore score, int rank, boolean tied) {
        this.score = score;
        this.rank = rank;
        this.tied = tied;
        UseCase useCase = score.useCase();
        this.wave = useCase.getWave();
        this.waveName = wave == null ? null : wave.getName();
        this.financialEffect = FinancialEffect.of(useCase);
        String modelId = ModelPersistence.getId(useCase);
        this.id = modelId != null ? modelId : "#" + System.identityHashCode(useCase); //$NON-NLS-1$
        this.unit = useCase.getUnit();
        List<PropertyValue> values = useCase.getProperties();
        if (values.isEmpty()) {
            properties = Map.of();
        } else {
            properties = new HashMap<>(values.size() * 2);
            for (PropertyValue value : values) {
                if (value.getKey() != null && value.getValue() != null) {
                    properties.putIfAbsent(value.getKey(), value.getValue());
                }
            }
        }
    }

    /**
     * @param key a property key
     * @return the use case's value for it when the line was made, or {@code null}
     */
    public String property(String key) {
        return properties.get(key);
    }

    /** @return the use case's organisation unit when the line was made, or {@code null} */
    public OrganisationUnit unit() {
        return unit;
    }

    /** @return the use case's property values when the line was made, by key */
    public Map<String, String> properties() {
        return properties;
    }

    /** @return the score snapshot */
    public UseCaseScore score() {
        return score;
    }

    /** @return the use case */
    public UseCase useCase() {
        return score.useCase();
    }

    /** @return its rank from 1, or 0 when it is not ranked */
    public int rank() {
        return rank;
    }

    /** @return whether another use case shares its rank (shown {@code =1}) */
    public boolean tied() {
        return tied;
    }

    /** @return its wave, or {@code null} when not planned */
    public Wave wave() {
        return wave;
    }

    /** @return its wave's name, or {@code null} when not planned */
    public String waveName() {
        return waveName;
    }

    /** @return revenue gained plus cost avoided per year, {@code NaN} when the business case gives neither */
    public double financialEffect() {
        return financialEffect;
    }

    /** @return a stable identifier of the use case (its model id) */
    public String id() {
        return id;
    }

    /** @return whether some enabled criterion has no value (also when ranked on partial scores) */
    public boolean isIncomplete() {
        return !score.missing().isEmpty();
    }

    /** @return the standing and why, for example "Blocked: Compliance ... is 5, at least 5" */
    public String standingText() {
        if (standingText == null) {
            standingText = ScoringTexts.standing(score);
        }
        return standingText;
    }

    /** @return the warnings on its values, with "incomplete" when a criterion has no value */
    public String flagsText() {
        if (flagsText == null) {
            List<String> labels = new ArrayList<>();
            for (ScoreFlag flag : flags()) {
                labels.add(flag.label());
            }
            if (score.isPartial()) {
                labels.add(ScoringTexts.partialFlag(score));
            } else if (isIncomplete()) {
                labels.add(ScoringTexts.incompleteFlag());
            }
            flagsText = String.join(", ", labels); //$NON-NLS-1$
        }
        return flagsText;
    }

    /** @return the union of the flags of its values, in declaration order */
    public Set<ScoreFlag> flags() {
        Set<ScoreFlag> flags = score.flags();
        return flags.isEmpty() ? EnumSet.noneOf(ScoreFlag.class) : EnumSet.copyOf(flags);
    }

    /**
     * @param other another line
     * @return whether the other line shows exactly the same (it can be kept)
     */
    boolean sameAs(RankingRow other) {
        return other.score == score && other.rank == rank && other.tied == tied && other.wave == wave
                && Objects.equals(other.waveName, waveName) && other.properties.equals(properties) && other.unit == unit
                && Double.compare(other.financialEffect, financialEffect) == 0;
    }
}
