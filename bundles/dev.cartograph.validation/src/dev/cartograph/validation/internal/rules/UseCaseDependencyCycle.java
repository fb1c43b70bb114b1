// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.model.UseCase;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/**
 * Use cases that depend on each other in a cycle (or a use case that depends on itself): none
 * of them can start first. One finding per cycle, on its first use case in model order, the
 * others as related elements. Tarjan's strongly connected components, iterative: linear in the
 * number of use cases and dependencies.
 */
public final class UseCaseDependencyCycle extends BuiltInRule {

    /** Creates the rule. */
    public UseCaseDependencyCycle() {
        super(BuiltInRules.USE_CASE_DEPENDENCY_CYCLE, FindingSeverity.ERROR);
    }

    @Override
    public void check(ValidationContext context) {
        List<UseCase> useCases = context.portfolio().getUseCases();
        for (int[] cycle : new Components(useCases).cycles()) {
            UseCase first = useCases.get(cycle[0]);
            if (cycle.length == 1) {
                context.report(first, message(context, "self", Texts.name(first, context.locale()))); //$NON-NLS-1$
                continue;
            }
            List<UseCase> others = new ArrayList<>(cycle.length - 1);
            List<String> names = new ArrayList<>(cycle.length);
            names.add(Texts.quoted(first, context.locale()));
            for (int i = 1; i < cycle.length; i++) {
                others.add(useCases.get(cycle[i]));
                names.add(Texts.quoted(useCases.get(cycle[i]), context.locale()));
            }
            context.report(defaultSeverity(), first,
                    message(context, "message", Texts.list(names, context.locale())), others); //$NON-NLS-1$
        }
    }

    /** The strongly connected components of the dependency graph that are cycles. */
    private static final class Components {
        private final List<UseCase> useCases;
        private final Map<UseCase, Integer> positions;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] stack;
        private int stackSize;
        private int counter;
        private final List<int[]> cycles = new ArrayList<>();

        Components(List<UseCase> useCases) {
            this.useCases = useCases;
            int n = useCases.size();
            positions = new IdentityHashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                positions.put(useCases.get(i), i);
            }
            index = new int[n];
            Arrays.fill(index, -1);
            low = new int[n];
            onStack = new boolean[n];
            stack = new int[n];
        }

        /** @return each cycle's use case positions, in model order; the cycles ordered by their first use case */
        List<int[]> cycles() {
            int n = useCases.size();
            int[] frameNode = new int[n];
            int[] frameEdge = new int[n];
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0 || useCases.get(root).getDependsOn().isEmpty()) {
                    continue;
                }
                int top = 0;
                frameNode[0] = root;
                frameEdge[0] = 0;
                visit(root);
                while (top >= 0) {
                    int v = frameNode[top];
                    List<UseCase> dependencies = useCases.get(v).getDependsOn();
                    if (frameEdge[top] < dependencies.size()) {
                        Integer w = positions.get(dependencies.get(frameEdge[top]++));
                        if (w == null) {
                            continue;
                        }
                        if (index[w] < 0) {
                            visit(w);
                            top++;
                            frameNode[top] = w;
                            frameEdge[top] = 0;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                    } else {
                        if (low[v] == index[v]) {
                            collect(v);
                        }
                        top--;
                        if (top >= 0) {
                            low[frameNode[top]] = Math.min(low[frameNode[top]], low[v]);
                        }
                    }
                }
            }
            cycles.sort(Comparator.comparingInt(c -> c[0]));
            return cycles;
        }

        private void visit(int v) {
            index[v] = counter;
            low[v] = counter;
            counter++;
            stack[stackSize++] = v;
            onStack[v] = true;
        }

        private void collect(int v) {
            int start = stackSize;
            do {
                start--;
                onStack[stack[start]] = false;
            } while (stack[start] != v);
            int[] component = Arrays.copyOfRange(stack, start, stackSize);
            stackSize = start;
            UseCase single = useCases.get(v);
            if (component.length > 1 || single.getDependsOn().contains(single)) {
                Arrays.sort(component);
                cycles.add(component);
            }
        }
    }
}
