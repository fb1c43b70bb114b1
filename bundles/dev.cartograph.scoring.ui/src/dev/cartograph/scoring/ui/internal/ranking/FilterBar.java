// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/**
 * The ranking's filters: a search field and one list per property (scope, quadrant, status, wave,
 * and the organisation unit when the portfolio has units).
 */
final class FilterBar {

    private static final int TYPING_DELAY_MS = 250;

    private final Composite control;
    private final Text search;
    private final Combo scope;
    private final Combo quadrant;
    private final Combo status;
    private final Combo wave;
    private final Combo unit;
    private final List<OrganisationUnit> units = new ArrayList<>();
    private final Consumer<RankingFilter> listener;
    private final List<Wave> waves = new ArrayList<>();
    private int typing;

    FilterBar(Composite parent, Consumer<RankingFilter> listener) {
        this.listener = listener;
        control = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.center = true;
        layout.marginLeft = 4;
        layout.marginTop = 4;
        layout.marginBottom = 2;
        layout.spacing = 6;
        control.setLayout(layout);
        search = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.Filter_searchHint);
        search.setLayoutData(new RowData(150, SWT.DEFAULT));
        search.addModifyListener(event -> {
            int mine = ++typing;
            search.getDisplay().timerExec(TYPING_DELAY_MS, () -> {
                if (mine == typing && !control.isDisposed()) {
                    fire();
                }
            });
        });
        scope = combo(Messages.Filter_allScopes, ScoringTexts.scope(Scope.INTERNAL), ScoringTexts.scope(Scope.EXTERNAL));
        scope.setLayoutData(new RowData(fit(scope, 110), SWT.DEFAULT));
        List<String> groups = new ArrayList<>();
        groups.add(Messages.Filter_allQuadrants);
        for (RankingGroup group : RankingGroup.values()) {
            groups.add(group.label());
        }
        quadrant = combo(groups.toArray(String[]::new));
        quadrant.setLayoutData(new RowData(fit(quadrant, 130), SWT.DEFAULT));
        List<String> statuses = new ArrayList<>();
        statuses.add(Messages.Filter_allStatuses);
        for (UseCaseStatus value : UseCaseStatus.values()) {
            statuses.add(ScoringTexts.status(value));
        }
        status = combo(statuses.toArray(String[]::new));
        status.setLayoutData(new RowData(fit(status, 120), SWT.DEFAULT));
        wave = combo(Messages.Filter_allWaves, Messages.Filter_unplanned);
        wave.setLayoutData(new RowData(fit(wave, 130), SWT.DEFAULT));
        unit = combo(Messages.Filter_allUnits);
        RowData unitData = new RowData(fit(unit, 150), SWT.DEFAULT);
        unitData.exclude = true;
        unit.setLayoutData(unitData);
        unit.setVisible(false);
    }

    /**
     * Lists a portfolio's organisation units as a tree (sub-units indented), keeping the chosen
     * one when it still exists; the list is hidden while the portfolio has no unit.
     */
    private void setUnits(Portfolio portfolio) {
        OrganisationUnit chosen = chosenUnit();
        units.clear();
        List<String> items = new ArrayList<>(List.of(Messages.Filter_allUnits));
        if (portfolio != null) {
            for (OrganisationUnit each : portfolio.getUnits()) {
                if (each.getParent() == null || !portfolio.getUnits().contains(each.getParent())) {
                    addUnit(portfolio, each, 0, items);
                }
            }
        }
        if (!items.equals(List.of(unit.getItems()))) {
            unit.setItems(items.toArray(String[]::new));
        }
        unit.select(chosen != null && units.contains(chosen) ? units.indexOf(chosen) + 1 : 0);
        boolean shown = !units.isEmpty();
        if (unit.getVisible() != shown) {
            unit.setVisible(shown);
            ((RowData) unit.getLayoutData()).exclude = !shown;
            ((RowData) unit.getLayoutData()).width = fit(unit, 150);
            control.getParent().layout(true, true);
        }
        if (chosen != null && !units.contains(chosen)) {
            fire();
        }
    }

    private void addUnit(Portfolio portfolio, OrganisationUnit each, int depth, List<String> items) {
        if (units.contains(each) || depth > 50) {
            return;
        }
        units.add(each);
        String name = each.getName() == null || each.getName().isBlank() ? Messages.Filter_unnamedUnit : each.getName();
        items.add("  ".repeat(depth) + name); //$NON-NLS-1$
        for (OrganisationUnit child : portfolio.getUnits()) {
            if (child.getParent() == each) {
                addUnit(portfolio, child, depth + 1, items);
            }
        }
    }

    private OrganisationUnit chosenUnit() {
        int index = unit.getSelectionIndex();
        return index > 0 && index - 1 < units.size() ? units.get(index - 1) : null;
    }

    /** @return the bar */
    Composite getControl() {
        return control;
    }

    /**
     * Lists a portfolio's waves and organisation units, keeping the chosen ones when they still exist.
     *
     * @param portfolio the portfolio, or {@code null}
     */
    void setWaves(Portfolio portfolio) {
        setUnits(portfolio);
        Wave chosen = chosenWave();
        boolean unplanned = wave.getSelectionIndex() == 1;
        waves.clear();
        if (portfolio != null && portfolio.getRoadmap() != null) {
            waves.addAll(portfolio.getRoadmap().getWaves());
        }
        List<String> items = new ArrayList<>(List.of(Messages.Filter_allWaves, Messages.Filter_unplanned));
        for (Wave each : waves) {
            items.add(each.getName() == null ? "" : each.getName()); //$NON-NLS-1$
        }
        if (!items.equals(List.of(wave.getItems()))) {
            wave.setItems(items.toArray(String[]::new));
        }
        int index = chosen != null && waves.contains(chosen) ? waves.indexOf(chosen) + 2 : (unplanned ? 1 : 0);
        wave.select(index);
        if (chosen != null && !waves.contains(chosen)) {
            fire();
        }
    }

    /** Shows everything again. */
    void clear() {
        search.setText(""); //$NON-NLS-1$
        for (Combo combo : new Combo[] { scope, quadrant, status, wave, unit }) {
            combo.select(0);
        }
        typing++;
        fire();
    }

    /** @return the filter the bar shows */
    RankingFilter filter() {
        Scope chosenScope = switch (scope.getSelectionIndex()) {
            case 1 -> Scope.INTERNAL;
            case 2 -> Scope.EXTERNAL;
            default -> null;
        };
        int groupIndex = quadrant.getSelectionIndex();
        RankingGroup group = groupIndex > 0 ? RankingGroup.values()[groupIndex - 1] : null;
        int statusIndex = status.getSelectionIndex();
        UseCaseStatus chosenStatus = statusIndex > 0 ? UseCaseStatus.values()[statusIndex - 1] : null;
        int waveIndex = wave.getSelectionIndex();
        RankingFilter.WaveChoice waveChoice = waveIndex == 1 ? RankingFilter.WaveChoice.UNPLANNED
                : waveIndex > 1 ? new RankingFilter.WaveChoice(waves.get(waveIndex - 2)) : null;
        return new RankingFilter(chosenScope, group, chosenStatus, waveChoice, search.getText(), chosenUnit());
    }

    private Wave chosenWave() {
        int index = wave.getSelectionIndex();
        return index > 1 && index - 2 < waves.size() ? waves.get(index - 2) : null;
    }

    /**
     * @return a width at which the combo's present items read whole (in any language), at least
     *         {@code minimum}; the waves added later may be cut, their names show in the list
     */
    private static int fit(Combo combo, int minimum) {
        GC gc = new GC(combo);
        try {
            int widest = 0;
            for (String item : combo.getItems()) {
                widest = Math.max(widest, gc.textExtent(item).x);
            }
            int arrow = combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).x - widest;
            return Math.max(minimum, widest + Math.max(arrow, 40));
        } finally {
            gc.dispose();
        }
    }

    private Combo combo(String... items) {
        Combo combo = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items);
        combo.select(0);
        combo.setVisibleItemCount(Math.min(items.length + 4, 16));
        combo.addListener(SWT.Selection, event -> fire());
        return combo;
    }

    private void fire() {
        listener.accept(filter());
    }
}
