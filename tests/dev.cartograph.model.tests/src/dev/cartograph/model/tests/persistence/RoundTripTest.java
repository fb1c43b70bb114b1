// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;

/** Every class of the model survives a save and a load with all its attributes, references and ids. */
class RoundTripTest {

    @TempDir
    Path directory;

    static Stream<EClass> concreteClasses() {
        return CartographPackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(eClass -> !eClass.isAbstract() && !eClass.isInterface());
    }

    @Test
    void coversEveryConcreteClassOfThePackage() {
        // 24 classes, of which NamedElement is abstract.
        assertEquals(23, concreteClasses().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concreteClasses")
    void everyAttributeReferenceAndIdSurvivesSaveAndLoad(EClass eClass) throws IOException {
        ModelBuilder builder = new ModelBuilder();
        EObject element = builder.create(eClass);
        builder.setAllAttributes(element);
        builder.populateAllReferences(element);
        assertEverythingIsSet(element);

        Path file = directory.resolve(eClass.getName() + ".cartograph");
        ModelPersistence.save(builder.portfolio(), file);
        Portfolio loaded = ModelPersistence.load(file);

        assertNotSame(builder.portfolio(), loaded);
        assertTrue(new EcoreUtil.EqualityHelper().equals(builder.portfolio(), loaded),
                () -> eClass.getName() + " differs after a round trip");
        assertSameIds(builder.portfolio().eResource(), loaded.eResource());

        EObject loadedElement = loaded.eResource().getEObject(ModelPersistence.getId(element));
        assertEquals(eClass, loadedElement.eClass());
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            assertEquals(element.eGet(attribute), loadedElement.eGet(attribute), attribute.getName());
        }
    }

    /** The test would prove nothing if a value were left at its default: that is not written at all. */
    private static void assertEverythingIsSet(EObject element) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            assertTrue(element.eIsSet(attribute), attribute.getName());
        }
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isChangeable()) {
                assertTrue(element.eIsSet(reference), reference.getName());
            }
        }
    }

    private static void assertSameIds(Resource original, Resource loaded) {
        List<String> originalIds = ids(original);
        List<String> loadedIds = ids(loaded);
        assertEquals(originalIds, loadedIds);
        Set<String> distinct = new HashSet<>(originalIds);
        assertEquals(originalIds.size(), distinct.size(), "ids are unique");
        for (String id : originalIds) {
            assertNotNull(id);
            // EcoreUtil.generateUUID(): an underscore and 22 characters of URL-safe base64.
            assertTrue(id.matches("_[A-Za-z0-9_-]{22}"), id);
        }
    }

    private static List<String> ids(Resource resource) {
        List<String> ids = new ArrayList<>();
        resource.getAllContents().forEachRemaining(object -> ids.add(ModelPersistence.getId(object)));
        return ids;
    }
}
