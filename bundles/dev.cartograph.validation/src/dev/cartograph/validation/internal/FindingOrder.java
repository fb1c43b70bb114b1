// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.Portfolio;
import dev.cartograph.validation.Finding;

/**
 * Sorts findings for a report: most serious first, then by the position of their element in
 * a depth-first walk of the portfolio (the order of the model tree), then by rule. One walk of
 * the tree, stopped once every element with a finding is placed.
 */
public final class FindingOrder {

    private FindingOrder() {
    }

    /**
     * @param portfolio the validated portfolio
     * @param findings the findings, in the order the rules reported them
     * @param ruleOrder each rule id's position in the registry
     * @return a new sorted list
     */
    public static List<Finding> sort(Portfolio portfolio, List<Finding> findings, Map<String, Integer> ruleOrder) {
        Map<EObject, Integer> positions = positions(portfolio, findings);
        Comparator<Finding> order = Comparator.comparing(Finding::severity)
                .thenComparingInt(f -> positions.getOrDefault(f.element(), Integer.MAX_VALUE))
                .thenComparingInt(f -> ruleOrder.getOrDefault(f.ruleId(), Integer.MAX_VALUE));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        return sorted;
    }

    private static Map<EObject, Integer> positions(Portfolio portfolio, List<Finding> findings) {
        Map<EObject, Integer> positions = new IdentityHashMap<>();
        for (Finding finding : findings) {
            positions.put(finding.element(), Integer.MAX_VALUE);
        }
        int missing = positions.size();
        int position = 0;
        if (positions.containsKey(portfolio)) {
            positions.put(portfolio, position);
            missing--;
        }
        for (Iterator<EObject> it = portfolio.eAllContents(); missing > 0 && it.hasNext();) {
            EObject element = it.next();
            position++;
            if (positions.containsKey(element)) {
                positions.put(element, position);
                missing--;
            }
        }
        return positions;
    }
}
