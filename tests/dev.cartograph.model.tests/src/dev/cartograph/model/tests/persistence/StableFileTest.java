// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelPersistence;

/** Files stay the same unless the model changes: ids are kept, nothing is reordered, git sees no noise. */
class StableFileTest {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    @TempDir
    Path directory;

    @Test
    void reSavingAnUnchangedFileWritesTheSameBytes() throws IOException {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        ModelPersistence.save(portfolio.eResource());
        assertArrayEquals(Fixtures.bytes("portfolio.cartograph"), Files.readAllBytes(file));
    }

    @Test
    void fileIsUtf8XmiWithTheVersionedNamespaceAndUnixLineEnds() throws IOException {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Caf\u00e9 \u00e9t\u00e9");
        Path file = directory.resolve("portfolio.cartograph");
        ModelPersistence.save(portfolio, file);

        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cartograph:Portfolio xmi:version=\"2.0\""));
        assertTrue(text.contains(" xmlns:cartograph=\"https://cartograph.dev/model/1.0\""));
        assertFalse(text.contains("\r"));
        // é is written as the two UTF-8 bytes C3 A9, not as a character reference.
        assertTrue(text.contains("name=\"Caf\u00e9 \u00e9t\u00e9\""));
        assertFalse(text.contains("&#"));
    }

    @Test
    void idsSurviveSaveLoadSaveAndTheBytesStayTheSame() throws IOException {
        Portfolio portfolio = FACTORY.createPortfolio();
        portfolio.setName("Claims");
        portfolio.getUseCases().add(useCase("Claim intake assistant"));
        portfolio.getUseCases().add(useCase("Fraud triage"));
        Path file = directory.resolve("portfolio.cartograph");
        ModelPersistence.save(portfolio, file);
        Map<String, String> idsByName = idsByName(portfolio);
        byte[] first = Files.readAllBytes(file);

        Portfolio loaded = ModelPersistence.load(file);
        assertEquals(idsByName, idsByName(loaded));
        ModelPersistence.save(loaded.eResource());
        assertArrayEquals(first, Files.readAllBytes(file));

        Portfolio loadedAgain = ModelPersistence.load(file);
        assertEquals(idsByName, idsByName(loadedAgain));
        ModelPersistence.save(loadedAgain.eResource());
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void everyElementOfTheFileHasItsId() throws IOException {
        Portfolio portfolio = ModelPersistence.load(Fixtures.copy("portfolio.cartograph", directory));
        List<String> idsInModel = new ArrayList<>();
        idsInModel.add(ModelPersistence.getId(portfolio));
        portfolio.eAllContents().forEachRemaining(object -> idsInModel.add(ModelPersistence.getId(object)));

        List<String> idsInFile = new ArrayList<>();
        Matcher matcher = Pattern.compile("xmi:id=\"([^\"]+)\"")
                .matcher(new String(Fixtures.bytes("portfolio.cartograph"), StandardCharsets.UTF_8));
        while (matcher.find()) {
            idsInFile.add(matcher.group(1));
        }
        // 1 portfolio, 1 journey, 1 stage, 1 friction, 1 evidence, 2 use cases, 1 score, in document order.
        assertEquals(List.of("_3mJ0gOnNEfG2m9eQwY1X00", "_3mJ0gOnNEfG2m9eQwY1X01", "_3mJ0gOnNEfG2m9eQwY1X02",
                "_3mJ0gOnNEfG2m9eQwY1X03", "_3mJ0gOnNEfG2m9eQwY1X04", "_3mJ0gOnNEfG2m9eQwY1X05",
                "_3mJ0gOnNEfG2m9eQwY1X06", "_3mJ0gOnNEfG2m9eQwY1X07"), idsInFile);
        assertEquals(idsInFile, idsInModel);
    }

    @Test
    void elementsWithoutIdGetOneWhenLoadedAndKeepIt() throws IOException {
        Path file = Fixtures.copy("without-ids.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        String portfolioId = ModelPersistence.getId(portfolio);
        String intakeId = ModelPersistence.getId(portfolio.getUseCases().get(0));
        assertNotNull(portfolioId);
        assertNotNull(intakeId);
        ModelPersistence.save(portfolio.eResource());

        Portfolio reloaded = ModelPersistence.load(file);
        assertEquals(portfolioId, ModelPersistence.getId(reloaded));
        assertEquals(intakeId, ModelPersistence.getId(reloaded.getUseCases().get(0)));
        assertNotEquals(intakeId, ModelPersistence.getId(reloaded.getUseCases().get(1)));
    }

    @Test
    void elementsAndReferencesKeepTheirOrder() throws IOException {
        Portfolio portfolio = FACTORY.createPortfolio();
        UseCase delta = useCase("delta");
        UseCase alpha = useCase("alpha");
        UseCase charlie = useCase("charlie");
        UseCase bravo = useCase("bravo");
        portfolio.getUseCases().addAll(List.of(delta, alpha, charlie, bravo));
        bravo.getDependsOn().addAll(List.of(charlie, delta, alpha));
        Path file = directory.resolve("order.cartograph");
        ModelPersistence.save(portfolio, file);

        Portfolio loaded = ModelPersistence.load(file);
        assertEquals(List.of("delta", "alpha", "charlie", "bravo"),
                loaded.getUseCases().stream().map(UseCase::getName).toList());
        assertEquals(List.of("charlie", "delta", "alpha"),
                loaded.getUseCases().get(3).getDependsOn().stream().map(UseCase::getName).toList());
        String text = Files.readString(file);
        assertTrue(text.indexOf("name=\"delta\"") < text.indexOf("name=\"alpha\""));
        assertTrue(text.indexOf("name=\"alpha\"") < text.indexOf("name=\"charlie\""));
        assertTrue(text.indexOf("name=\"charlie\"") < text.indexOf("name=\"bravo\""));
    }

    @Test
    void aCopyInAnotherResourceGetsNewIdsAndTheOriginalKeepsItsOwn() throws IOException {
        Portfolio portfolio = ModelPersistence.load(Fixtures.copy("portfolio.cartograph", directory));
        Portfolio copy = EcoreUtil.copy(portfolio);
        Resource other = new CartographResourceFactory()
                .createResource(Fixtures.uri(directory.resolve("copy.cartograph")));
        ModelPersistence.createResourceSet().getResources().add(other);
        other.getContents().add(copy);

        assertEquals("_3mJ0gOnNEfG2m9eQwY1X00", ModelPersistence.getId(portfolio));
        String copyId = ModelPersistence.getId(copy);
        assertNotNull(copyId);
        assertNotEquals("_3mJ0gOnNEfG2m9eQwY1X00", copyId);
        assertNotEquals(ModelPersistence.getId(portfolio.getUseCases().get(0)),
                ModelPersistence.getId(copy.getUseCases().get(0)));
    }

    private static UseCase useCase(String name) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        return useCase;
    }

    private static Map<String, String> idsByName(Portfolio portfolio) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(portfolio.getName(), ModelPersistence.getId(portfolio));
        for (UseCase useCase : portfolio.getUseCases()) {
            ids.put(useCase.getName(), ModelPersistence.getId(useCase));
        }
        return ids;
    }
}
