// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.ConflictRecord;
import dev.cartograph.compare.MergeResult;
import dev.cartograph.compare.ModelMerge;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.compare.report.ChangeDescriptions;
import dev.cartograph.compare.report.ModelVocabulary;
import dev.cartograph.compare.report.ParallelScores;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * {@code merge BASE OURS THEIRS --out FILE}: the three-way merge of two versions of a portfolio by element identity.
 * The merged file is always a valid portfolio; each conflict keeps our value in it and both values in the record
 * beside it ({@code FILE.conflicts}), which the workbench shows and resolves. Exit code 0 merged, 1 merged with
 * conflicts, 2 a version cannot be read or the output cannot be written.
 */
public final class MergeCommand implements Command {

    private static final String OUT = "out"; //$NON-NLS-1$

    @Override
    public String name() {
        return "merge"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.FORMAT, new OptionSpec(OUT, "FILE", "Option_mergeOut")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 3;
    }

    @Override
    public int maxArguments() {
        return 3;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        String output = invocation.option(OUT)
                .orElseThrow(() -> new UsageException(invocation.text("Usage_mergeNeedsOut"))); //$NON-NLS-1$
        Path out = path(invocation, output);
        List<String> arguments = invocation.arguments();
        return merge(invocation, arguments.get(0), arguments.get(1), arguments.get(2), output, out, out, true);
    }

    static Path path(Invocation invocation, String output) throws InputException {
        try {
            return invocation.environment().workingDirectory().resolve(output).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(invocation.text("Map_badOutput", Texts.oneLine(output))); //$NON-NLS-1$
        }
    }

    /**
     * Merges three versions, writes the result and the record of its conflicts, and reports.
     *
     * @param shownOut the output as written
     * @param out where the merged model goes
     * @param recordFor the model file beside which the conflicts are recorded (for git: the working tree's file)
     * @param print whether to print the report on the output stream (else on the error stream, as a merge driver)
     * @return {@link ExitCodes#CONFLICTS} when there are conflicts, else {@link ExitCodes#OK}
     */
    static int merge(Invocation invocation, String baseName, String oursName, String theirsName, String shownOut,
            Path out, Path recordFor, boolean print) throws InputException {
        Resource base = Versions.load(invocation, baseName);
        Resource ours = Versions.load(invocation, oursName);
        Resource theirs = Versions.load(invocation, theirsName);
        ModelSnapshot baseState = snapshot(base);
        ModelSnapshot oursState = snapshot(ours);
        ModelSnapshot theirsState = snapshot(theirs);
        MergeResult result = ModelMerge.merge(baseState, oursState, theirsState,
                URI.createFileURI(out.toAbsolutePath().toString()));
        try {
            ModelPersistence.save(result.resource());
            ConflictRecord.write(recordFor, result.conflicts());
        } catch (IOException e) {
            throw new InputException(invocation.text("Map_cannotWrite", Texts.oneLine(shownOut), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
        Document document = report(invocation, shownOut, result, base,
                ParallelScores.find(baseState, oursState, theirsState),
                invocation.environment().workingDirectory().relativize(ConflictRecord.fileFor(recordFor).toAbsolutePath()));
        if (print) {
            invocation.print(document);
        } else {
            invocation.environment().err().print(invocation.format().write(document, invocation.locale(),
                    invocation.environment().columns()));
        }
        return result.hasConflicts() ? ExitCodes.CONFLICTS : ExitCodes.OK;
    }

    private static ModelSnapshot snapshot(Resource resource) {
        return resource == null ? ModelSnapshot.empty() : ModelSnapshot.of(resource);
    }

    private static Document report(Invocation invocation, String shownOut, MergeResult result, Resource base,
            List<ParallelScores> parallel, Path record) {
        ChangeDescriptions words = new ChangeDescriptions(base, result.resource(),
                new ModelVocabulary(invocation.locale()));
        Document document = new Document("merge", invocation.text("Title_merge", shownOut)); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("out", invocation.text("Field_mergeOut"), shownOut); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("conflicts", invocation.text("Field_mergeConflicts"), result.conflicts().size()); //$NON-NLS-1$ //$NON-NLS-2$
        if (result.hasConflicts()) {
            document.field("record", invocation.text("Field_mergeRecord"), record.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Section conflicts = document.section(new Section("conflicts", invocation.text("Section_mergeConflicts"), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Empty_mergeConflicts"), //$NON-NLS-1$
                Column.text("kind", invocation.text("Column_mergeKind")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("element", invocation.text("Column_diffElement")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("feature", invocation.text("Column_diffFeature")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("base", invocation.text("Column_mergeBase")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("ours", invocation.text("Column_mergeOurs")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("theirs", invocation.text("Column_mergeTheirs")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("id", invocation.text("Column_id")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (Conflict conflict : result.conflicts()) {
            String kind = Label.idOf(conflict.kind());
            conflicts.add(new Label(kind, invocation.text("Conflict_" + kind)), //$NON-NLS-1$
                    words.element(conflict.elementId(), conflict.className()),
                    conflict.feature() == null ? null
                            : new Label(conflict.feature(), words.feature(conflict.className(), conflict.feature())),
                    words.value(conflict.className(), conflict.feature(), conflict.base()),
                    words.value(conflict.className(), conflict.feature(), conflict.ours()),
                    words.value(conflict.className(), conflict.feature(), conflict.theirs()), conflict.elementId());
        }
        Section cleaned = document.section(new Section("cleanedReferences", //$NON-NLS-1$
                invocation.text("Section_mergeCleaned"), null, //$NON-NLS-1$
                Column.text("reference", invocation.text("Column_mergeReference")))); //$NON-NLS-1$ //$NON-NLS-2$
        result.cleanedReferences().forEach(cleaned::add);
        for (ParallelScores scores : parallel) {
            document.note(invocation.text("Merge_parallelScores", words.element(scores.useCaseId(), "UseCase"), //$NON-NLS-1$ //$NON-NLS-2$
                    scores.criterionId(), assessor(invocation, scores.oursAssessor()),
                    assessor(invocation, scores.theirsAssessor())));
        }
        return document;
    }

    private static String assessor(Invocation invocation, String name) {
        return name == null || name.isBlank() ? invocation.text("Merge_unnamedAssessor") : name; //$NON-NLS-1$
    }
}
