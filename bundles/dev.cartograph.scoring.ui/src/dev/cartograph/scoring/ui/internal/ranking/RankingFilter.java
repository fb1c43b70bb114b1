// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;

/**
 * Which lines of the ranking to show. Every part is optional ({@code null} or blank: any);
 * a line must match all parts.
 *
 * @param scope only this scope
 * @param group only this quadrant (or only use cases not scored)
 * @param status only this status
 * @param wave only this wave, or only use cases planned in no wave
 * @param unit only use cases of this organisation unit or of its sub-units
 * @param text only use cases whose name and property values contain every word of it, ignoring
 *        case and accents
 */
public record RankingFilter(Scope scope, RankingGroup group, UseCaseStatus status, WaveChoice wave, String text,
        OrganisationUnit unit) {

    /** Shows everything. */
    public static final RankingFilter ALL = new RankingFilter(null, null, null, null, null, null);

    private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
    private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

    /**
     * A wave to filter on.
     *
     * @param wave the wave, or {@code null} for "planned in no wave"
     */
    public record WaveChoice(Wave wave) {
        /** Use cases planned in no wave. */
        public static final WaveChoice UNPLANNED = new WaveChoice(null);
    }

    /**
     * @param row a line
     * @return whether it passes
     */
    public boolean matches(RankingRow row) {
        if (scope != null && row.score().scope() != scope) {
            return false;
        }
        if (group != null && RankingGroup.of(row.score().quadrant()) != group) {
            return false;
        }
        if (status != null && row.score().status() != status) {
            return false;
        }
        if (wave != null && row.wave() != wave.wave()) {
            return false;
        }
        if (unit != null && !within(row.unit(), unit)) {
            return false;
        }
        return text == null || text.isBlank() || containsWords(searchText(row), text);
    }

    /** @return whether it shows everything */
    public boolean isEmpty() {
        return scope == null && group == null && status == null && wave == null && unit == null
                && (text == null || text.isBlank());
    }

    /**
     * @param value a scope, or {@code null}
     * @return a copy with that scope
     */
    public RankingFilter withScope(Scope value) {
        return new RankingFilter(value, group, status, wave, text, unit);
    }

    /**
     * @param value a group, or {@code null}
     * @return a copy with that group
     */
    public RankingFilter withGroup(RankingGroup value) {
        return new RankingFilter(scope, value, status, wave, text, unit);
    }

    /**
     * @param value a status, or {@code null}
     * @return a copy with that status
     */
    public RankingFilter withStatus(UseCaseStatus value) {
        return new RankingFilter(scope, group, value, wave, text, unit);
    }

    /**
     * @param value a wave choice, or {@code null}
     * @return a copy with that wave choice
     */
    public RankingFilter withWave(WaveChoice value) {
        return new RankingFilter(scope, group, status, value, text, unit);
    }

    /**
     * @param value an organisation unit, or {@code null}
     * @return a copy keeping the use cases of that unit and of its sub-units
     */
    public RankingFilter withUnit(OrganisationUnit value) {
        return new RankingFilter(scope, group, status, wave, text, value);
    }

    /**
     * @param value a text, or {@code null}
     * @return a copy with that text
     */
    public RankingFilter withText(String value) {
        return new RankingFilter(scope, group, status, wave, value, unit);
    }

    /**
     * @param unit a use case's unit, or {@code null}
     * @param ancestor a unit
     * @return whether the unit is the ancestor or one of its sub-units (parents that loop end the search)
     */
    static boolean within(OrganisationUnit unit, OrganisationUnit ancestor) {
        int depth = 0;
        for (OrganisationUnit current = unit; current != null && depth < 1000; current = current.getParent(), depth++) {
            if (current == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** @return the name and the property values of a line, which the text filter searches */
    private static String searchText(RankingRow row) {
        if (row.properties().isEmpty()) {
            return row.score().name();
        }
        StringBuilder text = new StringBuilder(row.score().name());
        for (String value : row.properties().values()) {
            text.append(' ').append(value);
        }
        return text.toString();
    }

    /**
     * @param name a name
     * @param words words separated by spaces
     * @return whether the name contains each word, ignoring case and accents
     */
    static boolean containsWords(String name, String words) {
        String haystack = fold(name);
        for (String word : SPACES.split(fold(words).trim())) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD); //$NON-NLS-1$
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
