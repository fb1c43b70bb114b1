// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.io.inventory.ImportPlan;
import dev.cartograph.io.inventory.ImportPlan.Action;
import dev.cartograph.io.inventory.InventoryException;
import dev.cartograph.io.inventory.InventoryImport;
import dev.cartograph.io.inventory.InventoryMapping;
import dev.cartograph.io.inventory.InventoryTable;
import dev.cartograph.io.inventory.MappingProposer;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.internal.persistence.AtomicFileWriter;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.WeightedSumStrategy;

/**
 * {@code import FILE --from INVENTORY [--sheet NAME] [--mapping MAP] [--propose-mapping MAP] [--dry-run]}: reads a
 * CSV or XLSX inventory into the portfolio, by the mapping file or the mapping proposed from the headers, prints
 * what it does (new, updated, unchanged, rejected, with each problem's row and column), and saves the portfolio
 * atomically. A portfolio file that does not exist is created with the installed criteria. Rows that are
 * rejected are left out whole; the exit code is then 1.
 */
public final class ImportCommand implements Command {

    private static final String FROM = "from"; //$NON-NLS-1$
    private static final String SHEET = "sheet"; //$NON-NLS-1$
    private static final String MAPPING = "mapping"; //$NON-NLS-1$
    private static final String PROPOSE = "propose-mapping"; //$NON-NLS-1$
    private static final String DRY_RUN = "dry-run"; //$NON-NLS-1$

    @Override
    public String name() {
        return "import"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(FROM, "INVENTORY", "Option_importFrom"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SHEET, "NAME", "Option_importSheet"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(MAPPING, "MAP", "Option_importMapping"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(PROPOSE, "MAP", "Option_importPropose"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(DRY_RUN, null, "Option_importDryRun")); //$NON-NLS-1$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        String from = invocation.option(FROM)
                .orElseThrow(() -> new UsageException(invocation.text("Usage_importNeedsFrom"))); //$NON-NLS-1$
        if (invocation.option(MAPPING).isPresent() && invocation.option(PROPOSE).isPresent()) {
            throw new UsageException(invocation.text("Usage_importMappingOrPropose")); //$NON-NLS-1$
        }
        String argument = invocation.arguments().get(0);
        Path file = path(invocation, argument);
        Portfolio portfolio;
        boolean created = !Files.exists(file);
        if (created) {
            portfolio = newPortfolio(invocation.environment().engine().criteria().criteria(), source(file.toString()));
        } else {
            portfolio = invocation.load(argument).portfolio();
        }
        List<Criterion> criteria = invocation.environment().engine().criteria().criteria();
        InventoryTable table;
        InventoryMapping mapping;
        try {
            table = InventoryTable.read(path(invocation, from), Texts.oneLine(from),
                    invocation.option(SHEET).orElse(null), invocation.locale());
            mapping = invocation.option(MAPPING).isPresent()
                    ? InventoryMapping.read(path(invocation, invocation.option(MAPPING).get()),
                            Texts.oneLine(invocation.option(MAPPING).get()), invocation.locale())
                    : MappingProposer.propose(table.headers(), criteria, source(from));
        } catch (InventoryException e) {
            throw new InputException(Texts.oneLine(e.getMessage()));
        }
        ImportPlan plan = InventoryImport.plan(portfolio, table, mapping, criteria, invocation.locale());
        invocation.environment().out().print(plan.summary(invocation.locale()));
        if (invocation.option(PROPOSE).isPresent()) {
            String target = invocation.option(PROPOSE).get();
            write(invocation, target, mapping.toJson().getBytes(StandardCharsets.UTF_8));
            invocation.environment().out().println(invocation.text("Import_proposed", Texts.oneLine(target))); //$NON-NLS-1$
        } else if (invocation.option(DRY_RUN).isPresent()) {
            invocation.environment().out().println(invocation.text("Import_dryRun")); //$NON-NLS-1$
        } else if (plan.changesAnything() || created) {
            InventoryImport.apply(plan);
            try {
                ModelPersistence.save(portfolio, file);
            } catch (IOException e) {
                throw new InputException(invocation.text("Map_cannotWrite", Texts.oneLine(argument), //$NON-NLS-1$
                        Texts.oneLine(String.valueOf(e.getMessage()))));
            }
            invocation.environment().out().println(invocation.text("Import_written", Texts.oneLine(argument), //$NON-NLS-1$
                    plan.count(Action.CREATE), plan.count(Action.UPDATE)));
        } else {
            invocation.environment().out().println(invocation.text("Import_nothing", Texts.oneLine(argument))); //$NON-NLS-1$
        }
        return plan.count(Action.REJECT) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static Path path(Invocation invocation, String name) throws InputException {
        try {
            return invocation.environment().workingDirectory().resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(invocation.text("Map_badOutput", Texts.oneLine(name))); //$NON-NLS-1$
        }
    }

    private static void write(Invocation invocation, String name, byte[] bytes) throws InputException {
        try {
            AtomicFileWriter.write(path(invocation, name), out -> out, out -> out.write(bytes));
        } catch (IOException e) {
            throw new InputException(invocation.text("Map_cannotWrite", Texts.oneLine(name), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
    }

    /** The inventory's file name without its extension: the source kept in the origin of what it creates. */
    private static String source(String from) {
        String name = Path.of(from).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * @param criteria the installed criteria
     * @param name the portfolio's name
     * @return an empty portfolio with the installed criteria, as a new portfolio in the workbench has them
     */
    static Portfolio newPortfolio(List<Criterion> criteria, String name) {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName(name);
        ScoringConfiguration scoring = CartographFactory.eINSTANCE.createScoringConfiguration();
        scoring.setStrategyId(WeightedSumStrategy.ID);
        for (Criterion criterion : criteria) {
            CriterionSetting setting = CartographFactory.eINSTANCE.createCriterionSetting();
            setting.setCriterionId(criterion.id());
            setting.setEnabled(criterion.enabledInNewPortfolios());
            scoring.getCriteria().add(setting);
        }
        portfolio.setScoring(scoring);
        return portfolio;
    }
}
