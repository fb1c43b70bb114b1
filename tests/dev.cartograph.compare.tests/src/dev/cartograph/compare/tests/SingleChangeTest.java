// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.compare.Change;
import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.MergeResult;
import dev.cartograph.compare.ModelDiff;
import dev.cartograph.compare.ModelMerge;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;

/** Every feature of every class, changed alone: the diff finds it, and the merge combines or reports it. */
class SingleChangeTest {

    @TempDir
    Path directory;

    private Versions versions;

    @BeforeEach
    void writeBase() throws IOException {
        versions = new Versions(directory);
    }

    static Stream<Mutations.FeatureCase> featureCases() {
        return Mutations.featureCases();
    }

    static Stream<Mutations.FeatureCase> singleValuedCases() {
        return featureCases().filter(c -> !c.feature().isMany());
    }

    @Test
    void theBaseHasAnElementOfEveryConcreteClass() throws IOException {
        Resource base = versions.load();
        for (var eClass : Mutations.concreteClasses()) {
            assertNotNull(Mutations.firstOf(base, eClass), eClass.getName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("featureCases")
    void eachSingleChangeIsDetectedAsAChangeOfThatFeature(Mutations.FeatureCase featureCase) throws IOException {
        Resource base = versions.load();
        Resource changed = versions.load();
        EObject element = Mutations.firstOf(changed, featureCase.eClass());
        assertTrue(Mutations.change(element, featureCase.feature(), 1), featureCase + " could not be changed");
        String id = ModelPersistence.getId(element);

        List<Change> changes = ModelDiff.compare(ModelSnapshot.of(base), ModelSnapshot.of(changed));

        assertEquals(1, changes.size(), () -> featureCase + ": " + changes);
        Change change = changes.get(0);
        assertEquals(Change.Kind.CHANGED, change.kind());
        assertEquals(id, change.elementId());
        assertEquals(featureCase.feature().getName(), change.feature());
        assertEquals(ModelSnapshot.of(base).get(id).value(change.feature()), change.oldValue());
        assertEquals(ModelSnapshot.of(changed).get(id).value(change.feature()), change.newValue());
        assertNotEquals(change.oldValue(), change.newValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("featureCases")
    void aChangeAndADisjointChangeMergeToTheUnion(Mutations.FeatureCase featureCase) throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        EObject element = Mutations.firstOf(ours, featureCase.eClass());
        Mutations.change(element, featureCase.feature(), 1);
        String id = ModelPersistence.getId(element);
        EObject other = otherNamedElement(theirs, id);
        other.eSet(other.eClass().getEStructuralFeature("description"), "Changed on the other branch");

        MergeResult result = merge(base, ours, theirs);

        assertEquals(List.of(), result.conflicts());
        ModelSnapshot merged = ModelSnapshot.of(result.resource());
        String feature = featureCase.feature().getName();
        assertEquals(ModelSnapshot.of(ours).get(id).value(feature), merged.get(id).value(feature));
        String otherId = ModelPersistence.getId(other);
        assertEquals("Changed on the other branch", merged.get(otherId).value("description"));
        // Nothing else differs from either side than the other side's change.
        assertEquals(1, ModelDiff.compare(ModelSnapshot.of(ours), merged).size());
        assertEquals(1, ModelDiff.compare(ModelSnapshot.of(theirs), merged).size());
        assertLoadsTheSame(result, featureCase.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleValuedCases")
    void theSameFeatureChangedToDifferentValuesIsAConflict(Mutations.FeatureCase featureCase) throws IOException {
        Resource base = versions.load();
        Resource ours = versions.load();
        Resource theirs = versions.load();
        EObject mine = Mutations.firstOf(ours, featureCase.eClass());
        EObject yours = Mutations.firstOf(theirs, featureCase.eClass());
        Mutations.change(mine, featureCase.feature(), 1);
        Mutations.change(yours, featureCase.feature(), 2);
        String id = ModelPersistence.getId(mine);
        String feature = featureCase.feature().getName();
        Object ourValue = ModelSnapshot.of(ours).get(id).value(feature);
        Object theirValue = ModelSnapshot.of(theirs).get(id).value(feature);

        MergeResult result = merge(base, ours, theirs);

        if (ourValue == null ? theirValue == null : ourValue.equals(theirValue)) {
            // A boolean or a two-literal enum has one other value: both sides made the same change, which is no conflict.
            assertEquals(List.of(), result.conflicts());
            return;
        }
        assertEquals(1, result.conflicts().size(), () -> featureCase + ": " + result.conflicts());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Conflict.Kind.BOTH_CHANGED, conflict.kind());
        assertEquals(id, conflict.elementId());
        assertEquals(feature, conflict.feature());
        assertEquals(ourValue, conflict.ours());
        assertEquals(theirValue, conflict.theirs());
        assertEquals(ModelSnapshot.of(base).get(id).value(feature), conflict.base());
        assertEquals(ourValue, ModelSnapshot.of(result.resource()).get(id).value(feature), "the merge keeps ours");
        assertLoadsTheSame(result, featureCase.toString());
    }

    private static EObject otherNamedElement(Resource resource, String notId) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object.eClass().getEStructuralFeature("description") != null
                    && !notId.equals(ModelPersistence.getId(object))) {
                return object;
            }
        }
        throw new AssertionError("no named element");
    }

    static MergeResult merge(Resource base, Resource ours, Resource theirs) {
        return ModelMerge.merge(ModelSnapshot.of(base), ModelSnapshot.of(ours), ModelSnapshot.of(theirs),
                URI.createFileURI("merged.cartograph"));
    }

    /** The merged model saves and loads back to the same elements, ids and values. */
    private void assertLoadsTheSame(MergeResult result, String label) throws IOException {
        ModelSnapshot before = ModelSnapshot.of(result.resource());
        Resource loaded = Versions.saveAndReload(result.resource(), directory.resolve("merged.cartograph"));
        assertEquals(List.of(), ModelDiff.compare(before, ModelSnapshot.of(loaded)), label);
        assertEquals(before.elements().keySet(), ModelSnapshot.of(loaded).elements().keySet(), label);
    }

    @Test
    void theSampleComparedWithItselfHasNoChange() throws IOException {
        Path again = directory.resolve("again.cartograph");
        SampleFile.write(again);
        assertEquals(List.of(), ModelDiff.compare(ModelSnapshot.of(versions.load()),
                ModelSnapshot.of(versions.load())));
    }
}
