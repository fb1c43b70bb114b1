// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EEnumLiteral;

import dev.cartograph.io.inventory.ImportPlan.Action;
import dev.cartograph.io.inventory.ImportPlan.CellValue;
import dev.cartograph.io.inventory.ImportPlan.RowPlan;
import dev.cartograph.model.ExternalReference;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;

/**
 * Imports an inventory's rows as use cases, in two steps: {@link #plan} reads and checks every row against the
 * mapping and the portfolio without changing anything (the dry run), {@link #apply} carries the plan out.
 * <p>
 * Each use case created keeps its origin: the mapping's source and the row's id (the id column, else the
 * name). Importing a later version of the same inventory finds the use cases by that origin and updates
 * them, never duplicates them; only mapped, non-empty cells are written, so what the user changed in other
 * fields (or in columns left empty) stays. A row is imported whole or not at all: a bad number, a score off
 * its criterion's scale, an unknown enumeration value, a duplicate id, a ragged row or an oversized cell
 * reject it, with its row and column.
 */
public final class InventoryImport {

    /** The longest cell accepted, as in a spreadsheet cell. */
    public static final int MAX_CELL = 32_767;

    private final Portfolio portfolio;
    private final InventoryTable table;
    private final InventoryMapping mapping;
    private final Map<String, Criterion> criteria = new HashMap<>();
    private final Locale locale;
    private final ImportPlan plan;
    private final Containers containers;
    /** The column index of each usable column mapping. */
    private final List<Integer> indexes = new ArrayList<>();
    private final List<ColumnMapping> usable = new ArrayList<>();

    private InventoryImport(Portfolio portfolio, InventoryTable table, InventoryMapping mapping,
            List<Criterion> criteria, Locale locale) {
        this.portfolio = portfolio;
        this.table = table;
        this.mapping = mapping;
        criteria.forEach(c -> this.criteria.put(c.id(), c));
        this.locale = locale;
        this.plan = new ImportPlan(portfolio, table, mapping);
        this.containers = new Containers(portfolio);
    }

    /**
     * Reads and checks every row; changes nothing.
     *
     * @param portfolio the portfolio to import into
     * @param table the inventory
     * @param mapping how its columns map
     * @param criteria the installed criteria (scores on others are refused)
     * @param locale the language of the problems
     * @return the plan: what each row would do, and every problem
     */
    public static ImportPlan plan(Portfolio portfolio, InventoryTable table, InventoryMapping mapping,
            List<Criterion> criteria, Locale locale) {
        InventoryImport run = new InventoryImport(portfolio, table, mapping, criteria, locale);
        run.checkColumns();
        run.planRows();
        return run.plan;
    }

    /**
     * Carries a plan out on its portfolio: creates and updates the use cases it says, and the containers
     * they need. The caller makes this one undoable change (the workbench records it as one command) and
     * saves the portfolio atomically.
     *
     * @param plan a plan from {@link #plan}, made on the portfolio as it still is
     * @return the use cases created or updated
     */
    public static List<UseCase> apply(ImportPlan plan) {
        return new PlanApplier(plan).apply();
    }

    private String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    private void checkColumns() {
        boolean named = false;
        for (ColumnMapping column : mapping.columns()) {
            if (column.field() == Field.IGNORE) {
                continue;
            }
            int index = table.headers().indexOf(column.header());
            if (index < 0) {
                plan.problem(new ImportProblem(table.headerRow(), -1, column.header(),
                        text("Problem_missingColumn", column.header()), false)); //$NON-NLS-1$
                continue;
            }
            if ((column.field() == Field.SCORE || column.field() == Field.RATIONALE)
                    && !criteria.containsKey(column.argument())) {
                plan.problem(new ImportProblem(table.headerRow(), index, column.header(), text("Problem_unknownCriterion", //$NON-NLS-1$
                        column.argument(), String.join(", ", criteria.keySet().stream().sorted().toList())), false)); //$NON-NLS-1$
                continue;
            }
            named |= column.field() == Field.NAME;
            usable.add(column);
            indexes.add(index);
        }
        if (!named) {
            plan.problem(new ImportProblem(table.headerRow(), -1, null, text("Problem_noNameColumn"), true)); //$NON-NLS-1$
        }
    }

    private void planRows() {
        Map<String, UseCase> existing = new HashMap<>();
        for (UseCase useCase : portfolio.getUseCases()) {
            ExternalReference origin = useCase.getOrigin();
            if (origin != null && mapping.source() != null && mapping.source().equals(origin.getSource())
                    && origin.getId() != null) {
                existing.putIfAbsent(origin.getId(), useCase);
            }
        }
        int idIndex = column(Field.ID);
        int nameIndex = column(Field.NAME);
        Map<String, Integer> seen = new HashMap<>();
        for (InventoryTable.Row row : table.rows()) {
            RowReader reader = new RowReader(row);
            List<CellValue> cells = reader.read();
            String id = idIndex >= 0 ? row.cell(idIndex) : nameIndex >= 0 ? row.cell(nameIndex) : ""; //$NON-NLS-1$
            if (!reader.rejected && nameIndex < 0) {
                reader.rejected = true;
            }
            if (!reader.rejected && id.isEmpty()) {
                reader.reject(idIndex >= 0 ? idIndex : nameIndex, text(idIndex >= 0 ? "Problem_noId" : "Problem_noName")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!reader.rejected) {
                Integer first = seen.putIfAbsent(id, row.number());
                if (first != null) {
                    reader.reject(idIndex >= 0 ? idIndex : nameIndex, text("Problem_duplicateId", id, first)); //$NON-NLS-1$
                }
            }
            UseCase target = existing.get(id);
            if (!reader.rejected && target == null && (nameIndex < 0 || row.cell(nameIndex).isEmpty())) {
                reader.reject(nameIndex, text("Problem_noName")); //$NON-NLS-1$
            }
            Action action;
            if (reader.rejected) {
                action = Action.REJECT;
            } else if (target == null) {
                action = Action.CREATE;
            } else {
                action = PlanApplier.same(target, cells, mapping, containers) ? Action.UNCHANGED : Action.UPDATE;
            }
            if (action != Action.REJECT) {
                reader.containers(cells);
            }
            plan.add(new RowPlan(row.number(), id, action, target, List.copyOf(cells)));
        }
    }

    private int column(Field field) {
        for (int i = 0; i < usable.size(); i++) {
            if (usable.get(i).field() == field) {
                return indexes.get(i);
            }
        }
        return -1;
    }

    /** Reads one row's mapped cells, rejecting the row at its first bad cell. */
    private final class RowReader {
        private final InventoryTable.Row row;
        boolean rejected;

        RowReader(InventoryTable.Row row) {
            this.row = row;
        }

        void reject(int column, String message) {
            if (!rejected) {
                rejected = true;
                plan.problem(new ImportProblem(row.number(), column, column < 0 ? null : header(column), message, true));
            }
        }

        private String header(int column) {
            return column < table.headers().size() ? table.headers().get(column) : null;
        }

        List<CellValue> read() {
            List<CellValue> cells = new ArrayList<>();
            for (int i = row.cells().size() - 1; i >= table.headers().size(); i--) {
                if (!row.cells().get(i).isBlank()) {
                    reject(i, text("Problem_ragged", row.cells().size(), table.headers().size())); //$NON-NLS-1$
                    return cells;
                }
            }
            String workflow = value(Field.WORKFLOW);
            String journey = value(Field.JOURNEY);
            for (int i = 0; i < usable.size() && !rejected; i++) {
                ColumnMapping column = usable.get(i);
                int index = indexes.get(i);
                String cell = row.cell(index);
                if (cell.isEmpty() || column.field() == Field.ID) {
                    continue;
                }
                if (cell.length() > MAX_CELL) {
                    reject(index, text("Problem_tooLong", cell.length(), MAX_CELL)); //$NON-NLS-1$
                    break;
                }
                read(column, index, cell).ifPresent(value -> cells.add(new CellValue(column, value,
                        column.field() == Field.STEP ? workflow : column.field() == Field.STAGE ? journey : null)));
            }
            return cells;
        }

        private String value(Field field) {
            int index = column(field);
            String cell = index < 0 ? "" : row.cell(index); //$NON-NLS-1$
            return cell.isEmpty() ? null : cell;
        }

        private Optional<Object> read(ColumnMapping column, int index, String cell) {
            switch (column.field().kind()) {
            case NUMBER, INTEGER, SCORE: {
                Optional<Double> number = CellValues.number(cell);
                if (number.isEmpty()) {
                    reject(index, text("Problem_notNumber", cell)); //$NON-NLS-1$
                    return Optional.empty();
                }
                double value = number.get();
                if (column.field() == Field.SCORE) {
                    Criterion criterion = criteria.get(column.argument());
                    if (!criterion.scale().contains(value)) {
                        reject(index, text("Problem_offScale", cell, criterion.label(), //$NON-NLS-1$
                                number(criterion.scale().min()), number(criterion.scale().max())));
                        return Optional.empty();
                    }
                } else if (value < 0) {
                    reject(index, text("Problem_negative", cell)); //$NON-NLS-1$
                    return Optional.empty();
                }
                if (column.field().kind() == Field.Kind.INTEGER) {
                    if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
                        reject(index, text("Problem_notWhole", cell)); //$NON-NLS-1$
                        return Optional.empty();
                    }
                    return Optional.of((int) value);
                }
                return Optional.of(value);
            }
            case ENUM: {
                Optional<EEnumLiteral> literal = CellValues.literal(column.field(), cell,
                        mapping.values(column.field()));
                if (literal.isEmpty()) {
                    reject(index, text("Problem_unknownValue", cell, column.field().key(), //$NON-NLS-1$
                            CellValues.literals(column.field())));
                    return Optional.empty();
                }
                return Optional.of(literal.get());
            }
            case CONTAINER: {
                if (column.field() == Field.STEP || column.field() == Field.STAGE
                        || column.field() == Field.INITIATIVE) {
                    return Optional.of(split(cell));
                }
                return Optional.of(cell);
            }
            default:
                return Optional.of(cell);
            }
        }

        private List<String> split(String cell) {
            if (mapping.separator().isEmpty()) {
                return List.of(cell);
            }
            List<String> names = new ArrayList<>();
            for (String part : cell.split(java.util.regex.Pattern.quote(mapping.separator()))) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            return names;
        }

        /** Notes the containers this row would create, or the ones it cannot find. */
        void containers(List<CellValue> cells) {
            boolean create = mapping.createMissing();
            for (CellValue cell : cells) {
                Field field = cell.mapping().field();
                int index = table.headers().indexOf(cell.mapping().header());
                switch (field) {
                case UNIT, WORKFLOW, JOURNEY -> {
                    String name = (String) cell.value();
                    boolean found = switch (field) {
                    case UNIT -> containers.unit(name, false) != null;
                    case WORKFLOW -> containers.workflow(name, false) != null;
                    default -> containers.journey(name, false) != null;
                    };
                    missing(found, field, name, index, create);
                }
                case INITIATIVE -> {
                    for (Object name : (List<?>) cell.value()) {
                        missing(containers.initiative((String) name, false) != null, field, (String) name, index,
                                create);
                    }
                }
                case STEP, STAGE -> {
                    for (Object name : (List<?>) cell.value()) {
                        boolean found = field == Field.STEP ? containers.step(cell.context(), (String) name, false) != null
                                : containers.stage(cell.context(), (String) name, false) != null;
                        missing(found, field, (cell.context() == null ? "" : cell.context() + " / ") + name, index, //$NON-NLS-1$ //$NON-NLS-2$
                                create && cell.context() != null);
                    }
                }
                default -> {
                    // not a container
                }
                }
            }
        }

        private void missing(boolean found, Field field, String name, int index, boolean create) {
            if (found) {
                return;
            }
            if (create) {
                plan.willCreate(field.key(), name);
            } else {
                plan.problem(new ImportProblem(row.number(), index, header(index),
                        text("Problem_notFound", text("Kind_" + field.key()), name), false)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
