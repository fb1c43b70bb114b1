// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.compare.Change;
import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.ConflictRecord;
import dev.cartograph.compare.MergeResult;
import dev.cartograph.compare.ModelDiff;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;

/** Added, removed and moved elements, order merges, deletions against changes and dangling references. */
class MergeScenariosTest {

    @TempDir
    Path directory;

    private Versions versions;

    @BeforeEach
    void writeBase() throws IOException {
        versions = new Versions(directory);
    }

    private static Portfolio portfolio(Resource resource) {
        return (Portfolio) resource.getContents().get(0);
    }

    private static String id(EObject object) {
        return ModelPersistence.getId(object);
    }

    @Test
    void anAddedUseCaseIsOneAdditionWithItsContents() throws IOException {
        Resource base = versions.load();
        Resource changed = versions.load();
        UseCase added = CartographFactory.eINSTANCE.createUseCase();
        added.setName("Claims triage assistant");
        added.getScores().add(CartographFactory.eINSTANCE.createScore());
        portfolio(changed).getUseCases().add(added);

        List<Change> changes = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(changed));

        assertEquals(1, changes.size(), changes::toString);
        assertEquals(Change.Kind.ADDED, changes.get(0).kind());
        assertEquals(id(added), changes.get(0).elementId());
    }

    @Test
    void aRemovedUseCaseIsOneRemovalAndReferencesToItAreChanges() throws IOException {
        Resource base = versions.load();
        Resource changed = versions.load();
        UseCase removed = portfolio(changed).getUseCases().get(0);
        String removedId = id(removed);
        EcoreUtil.delete(removed, true);

        List<Change> changes = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(changed));

        assertEquals(1, changes.stream().filter(c -> c.kind() == Change.Kind.REMOVED).count(), changes::toString);
        assertTrue(changes.stream().anyMatch(c -> c.kind() == Change.Kind.REMOVED && removedId.equals(c.elementId())));
        assertTrue(changes.stream().allMatch(c -> c.kind() == Change.Kind.REMOVED || c.kind() == Change.Kind.CHANGED));
    }

    @Test
    void aUseCaseMovedToTheEndIsOneMoveNotAShiftOfAllOthers() throws IOException {
        Resource base = versions.load();
        Resource changed = versions.load();
        List<UseCase> useCases = portfolio(changed).getUseCases();
        assertTrue(useCases.size() > 3);
        String movedId = id(useCases.get(0));
        portfolio(changed).getUseCases().move(useCases.size() - 1, 0);

        List<Change> changes = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(changed));

        assertEquals(1, changes.size(), changes::toString);
        assertEquals(Change.Kind.MOVED, changes.get(0).kind());
        assertEquals(movedId, changes.get(0).elementId());
    }

    @Test
    void aScoreMovedToAnotherUseCaseIsAMove() throws IOException {
        Resource base = versions.load();
        Resource changed = versions.load();
        UseCase from = firstScored(portfolio(changed));
        UseCase to = portfolio(changed).getUseCases().stream().filter(u -> u != from).findFirst().orElseThrow();
        Score score = from.getScores().get(0);
        to.getScores().add(score);

        List<Change> changes = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(changed));

        assertEquals(1, changes.size(), changes::toString);
        assertEquals(Change.Kind.MOVED, changes.get(0).kind());
        assertEquals(id(from) + "#scores", changes.get(0).oldValue());
        assertEquals(id(to) + "#scores", changes.get(0).newValue());
    }

    @Test
    void useCasesAddedAndReorderedOnBothSidesMergeAsASequence() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        List<String> baseOrder = ids(portfolio(base).getUseCases());
        UseCase mine = useCase("Ours, added at the start");
        portfolio(ours).getUseCases().add(0, mine);
        UseCase yours = useCase("Theirs, added after the second");
        portfolio(theirs).getUseCases().add(2, yours);
        portfolio(theirs).getUseCases().move(portfolio(theirs).getUseCases().size() - 1, 1);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        List<String> expected = new ArrayList<>(ids(portfolio(theirs).getUseCases()));
        expected.add(0, id(mine));
        assertEquals(expected, ids(portfolio(result.resource()).getUseCases()));
        assertEquals(baseOrder.size() + 2, portfolio(result.resource()).getUseCases().size());
    }

    @Test
    void bothSidesReorderingDifferentlyIsAConflictKeepingOurOrder() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        portfolio(ours).getUseCases().move(0, 1);
        portfolio(theirs).getUseCases().move(0, 2);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        assertEquals(Conflict.Kind.BOTH_CHANGED, result.conflicts().get(0).kind());
        assertEquals("useCases", result.conflicts().get(0).feature());
        assertEquals(ids(portfolio(ours).getUseCases()), ids(portfolio(result.resource()).getUseCases()));
    }

    @Test
    void aDeletionAgainstAChangeIsAConflictThatKeepsTheChangedElement() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        UseCase changed = portfolio(ours).getUseCases().get(0);
        changed.setOwner("Dana, who still needs it");
        String changedId = id(changed);
        EcoreUtil.delete(portfolio(theirs).getUseCases().get(0), true);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(1, result.conflicts().size(), result.conflicts()::toString);
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_BY_THEM, conflict.kind());
        assertEquals(changedId, conflict.elementId());
        assertNull(conflict.theirs());
        UseCase kept = (UseCase) result.resource().getEObject(changedId);
        assertNotNull(kept);
        assertEquals("Dana, who still needs it", kept.getOwner());
    }

    @Test
    void aScoreChangedInsideAUseCaseTheOtherSideDeletedBringsTheUseCaseBack() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        UseCase deleted = firstScored(portfolio(theirs));
        String useCaseId = id(deleted);
        Score score = ((UseCase) ours.getEObject(useCaseId)).getScores().get(0);
        score.setRationale("Re-assessed after the pilot");
        EcoreUtil.delete(deleted, true);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertTrue(result.conflicts().stream().anyMatch(c -> c.kind() == Conflict.Kind.DELETED_BY_THEM
                && c.elementId().equals(useCaseId)), result.conflicts()::toString);
        UseCase kept = (UseCase) result.resource().getEObject(useCaseId);
        assertNotNull(kept);
        assertEquals("Re-assessed after the pilot",
                ((Score) result.resource().getEObject(id(score))).getRationale());
        assertTrue(kept.getScores().contains(result.resource().getEObject(id(score))));
    }

    @Test
    void anUnchangedElementDeletedByOneSideIsDeletedWithoutConflict() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        UseCase deleted = portfolio(theirs).getUseCases().get(1);
        String deletedId = id(deleted);
        EcoreUtil.delete(deleted, true);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        assertNull(result.resource().getEObject(deletedId));
        assertEquals(List.of(), ModelDiff.compare(ModelSnapshot.of(theirs), ModelSnapshot.of(result.resource())));
    }

    @Test
    void aReferenceAddedToAnElementTheOtherSideDeletedIsDroppedAndReported() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        List<UseCase> mine = portfolio(ours).getUseCases();
        UseCase target = mine.stream().filter(u -> u.getDependents().isEmpty()).reduce((a, b) -> b).orElseThrow();
        String targetId = id(target);
        UseCase source = mine.stream().filter(u -> u != target && !u.getDependsOn().contains(target)).findFirst()
                .orElseThrow();
        source.getDependsOn().add(target);
        EcoreUtil.delete(theirs.getEObject(targetId), true);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        assertNull(result.resource().getEObject(targetId));
        assertEquals(List.of(id(source) + "#dependsOn -> " + targetId), result.cleanedReferences());
        assertValid(result.resource());
    }

    @Test
    void twoAssessorsScoringTheSameCriterionOnBothBranchesKeepBothScores() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        UseCase useCase = portfolio(ours).getUseCases().get(0);
        String criterion = firstScored(portfolio(base)).getScores().get(0).getCriterionId();
        Score mine = score(criterion, 4, "Ada");
        useCase.getScores().add(mine);
        Score yours = score(criterion, 2, "Grace");
        ((UseCase) theirs.getEObject(id(useCase))).getScores().add(yours);

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        UseCase merged = (UseCase) result.resource().getEObject(id(useCase));
        List<String> assessors = merged.getScores().stream().filter(s -> criterion.equals(s.getCriterionId()))
                .map(Score::getAssessor).toList();
        assertTrue(assessors.contains("Ada") && assessors.contains("Grace"), assessors::toString);
    }

    @Test
    void mergedFilesLoadAndValidateLikeTheirSides() throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        portfolio(ours).getUseCases().get(0).setName("Renamed on ours");
        portfolio(ours).getUseCases().add(useCase("New on ours"));
        EcoreUtil.delete(portfolio(theirs).getUseCases().get(3), true);
        portfolio(theirs).getUseCases().get(0).setName("Renamed on theirs");

        MergeResult result = SingleChangeTest.merge(base, ours, theirs);
        Resource loaded = Versions.saveAndReload(result.resource(), directory.resolve("merged.cartograph"));

        assertEquals(1, result.conflicts().size());
        assertEquals("Renamed on ours", portfolio(loaded).getUseCases().get(0).getName());
        assertEquals(errors(base), errors(loaded), "the merge adds no structural error");
    }

    @Test
    void theConflictRecordRoundTripsAndIsRemovedWhenNoConflictIsLeft() throws IOException {
        Path model = directory.resolve("kestrel.cartograph");
        List<Conflict> conflicts = List.of(
                new Conflict(Conflict.Kind.BOTH_CHANGED, "_a", "Score", "value", "3.0", "4.0", "5.0"),
                new Conflict(Conflict.Kind.BOTH_CHANGED, "_b", "UseCase", "useCases", List.of("_x", "_y"),
                        List.of("_y", "_x"), List.of()),
                new Conflict(Conflict.Kind.DELETED_BY_US, "_c", "UseCase", null, "_p#useCases", null,
                        "_p#useCases"));

        ConflictRecord.write(model, conflicts);
        assertTrue(Files.exists(ConflictRecord.fileFor(model)));
        assertEquals(conflicts, ConflictRecord.read(model));

        ConflictRecord.write(model, List.of());
        assertFalse(Files.exists(ConflictRecord.fileFor(model)));
        assertEquals(List.of(), ConflictRecord.read(model));
    }

    @Test
    void aDamagedConflictRecordIsReportedWithItsFile() throws IOException {
        Path model = directory.resolve("kestrel.cartograph");
        Files.writeString(ConflictRecord.fileFor(model), "<conflicts><conflict kind='NO_SUCH'/></conflicts>");
        IOException problem = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ConflictRecord.read(model));
        assertTrue(problem.getMessage().contains("kestrel.cartograph.conflicts"), problem.getMessage());
    }

    private static int errors(Resource resource) {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(portfolio(resource));
        return (int) diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).count();
    }

    private static void assertValid(Resource resource) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EObject target : object.eCrossReferences()) {
                assertTrue(target.eResource() == resource && !target.eIsProxy(), () -> "dangling from " + object);
            }
        }
    }

    private static UseCase firstScored(Portfolio portfolio) {
        return portfolio.getUseCases().stream().filter(u -> !u.getScores().isEmpty()).findFirst().orElseThrow();
    }

    private static UseCase useCase(String name) {
        UseCase useCase = CartographFactory.eINSTANCE.createUseCase();
        useCase.setName(name);
        return useCase;
    }

    private static Score score(String criterion, double value, String assessor) {
        Score score = CartographFactory.eINSTANCE.createScore();
        score.setCriterionId(criterion);
        score.setValue(value);
        score.setAssessor(assessor);
        return score;
    }

    private static List<String> ids(List<? extends EObject> objects) {
        return objects.stream().map(MergeScenariosTest::id).toList();
    }
}
