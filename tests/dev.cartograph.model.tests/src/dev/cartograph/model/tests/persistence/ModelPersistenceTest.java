// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.CartographResource;
import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;

/** The entry points others code against. */
class ModelPersistenceTest {

    @TempDir
    Path directory;

    @Test
    void theResourceSetReadsCartographFilesWithoutOsgi() {
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI("/tmp/any.cartograph"));
        assertInstanceOf(CartographResource.class, resource);
    }

    @Test
    void pluginXmlRegistersTheFactoryForTheExtension() throws Exception {
        try (InputStream in = CartographResource.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList parsers = factory.newDocumentBuilder().parse(in).getElementsByTagName("parser");
            String factoryClass = null;
            for (int i = 0; i < parsers.getLength(); i++) {
                Element parser = (Element) parsers.item(i);
                if ("cartograph".equals(parser.getAttribute("type"))) {
                    factoryClass = parser.getAttribute("class");
                }
            }
            Object registered = Class.forName(factoryClass).getConstructor().newInstance();
            assertInstanceOf(CartographResource.class,
                    ((Resource.Factory) registered).createResource(URI.createURI("x.cartograph")));
        }
    }

    @Test
    void aLoadedResourceIsReturnedAsItIs() throws IOException {
        URI uri = Fixtures.uri(Fixtures.copy("portfolio.cartograph", directory));
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        Resource first = ModelPersistence.load(resourceSet, uri);
        assertSame(first, ModelPersistence.load(resourceSet, uri));
        assertEquals(1, resourceSet.getResources().size());
    }

    @Test
    void aResourceWhoseLoadFailedIsLoadedAgain() throws IOException {
        Path file = Fixtures.copy("truncated.cartograph", directory);
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        // EMF's own demand load keeps the failed resource in the set; its cause is the clear message.
        WrappedException failure = assertThrows(WrappedException.class,
                () -> resourceSet.getResource(Fixtures.uri(file), true));
        assertInstanceOf(ModelLoadException.class, failure.getCause());

        Files.write(file, Fixtures.bytes("portfolio.cartograph"));
        Resource resource = ModelPersistence.load(resourceSet, Fixtures.uri(file));

        assertEquals(List.of(), resource.getErrors());
        assertEquals("Customer service AI", ((Portfolio) resource.getContents().get(0)).getName());
    }

    @Test
    void aFileWithAnotherExtensionIsStillLoadedAsACartographModel() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Path renamed = Files.move(file, directory.resolve("portfolio.xml"));
        Resource resource = ModelPersistence.load(ModelPersistence.createResourceSet(), Fixtures.uri(renamed));
        assertInstanceOf(CartographResource.class, resource);
    }

    @Test
    void savingAPortfolioInNoResourcePutsItInACartographResourceForTheFile() throws IOException {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName("Claims");
        Path file = directory.resolve("claims.cartograph");

        ModelPersistence.save(portfolio, file);

        assertInstanceOf(CartographResource.class, portfolio.eResource());
        assertEquals(Fixtures.uri(file), portfolio.eResource().getURI());
        assertEquals("Claims", ModelPersistence.load(file).getName());
    }

    @Test
    void savingALoadedPortfolioToAnotherFileIsSaveAs() throws IOException {
        Portfolio portfolio = ModelPersistence.load(Fixtures.copy("portfolio.cartograph", directory));
        String id = ModelPersistence.getId(portfolio);
        Path copy = directory.resolve("copy.cartograph");

        ModelPersistence.save(portfolio, copy);

        assertEquals(Fixtures.uri(copy), portfolio.eResource().getURI());
        assertEquals(id, ModelPersistence.getId(ModelPersistence.load(copy)));
        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), Files.readAllBytes(copy));
    }

    @Test
    void aPortfolioInAnotherKindOfResourceIsNotSavedSilentlyAsSomethingElse() {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        new XMIResourceImpl(URI.createURI("plain.xmi")).getContents().add(portfolio);
        assertThrows(IllegalArgumentException.class,
                () -> ModelPersistence.save(portfolio, directory.resolve("p.cartograph")));
    }

    @Test
    void anotherKindOfResourceIsSavedAtomicallyToo() throws IOException {
        Path file = directory.resolve("plain.xmi");
        Resource resource = new XMIResourceImpl(Fixtures.uri(file));
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName("Plain");
        resource.getContents().add(portfolio);

        ModelPersistence.save(resource);

        assertTrue(Files.readString(file).contains("name=\"Plain\""));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void messagesAreInFrenchForFrenchUsers() {
        Path file = Fixtures.copy("newer-version.cartograph", directory);
        Fixtures.withLocale(Locale.FRENCH, () -> {
            ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
            assertEquals("newer-version.cartograph:2:143: ce fichier a \u00e9t\u00e9 \u00e9crit par une version plus"
                    + " r\u00e9cente de Cartograph (mod\u00e8le 2.0) ; cette version lit le mod\u00e8le 1.0",
                    problem.getMessage());
        });
    }
}
