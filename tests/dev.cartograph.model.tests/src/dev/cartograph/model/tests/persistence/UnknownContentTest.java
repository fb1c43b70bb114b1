// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;

/** What a newer version wrote and this one does not know is kept, where it was, when the file is saved again. */
@ExtendWith(EnglishLocale.class)
class UnknownContentTest {

    @TempDir
    Path directory;

    @Test
    void unknownAttributesAndElementsAreWrittenBackAtTheSameElement() throws IOException {
        Path file = Fixtures.copy("unknown-content.cartograph", directory);
        Portfolio portfolio = ModelPersistence.load(file);
        assertEquals(List.of(
                "unknown-content.cartograph:2:176: Portfolio 'Claims' has an attribute region that this version does"
                        + " not know; it is kept unchanged when saving",
                "unknown-content.cartograph:3:82: UseCase 'Claim intake assistant' has an attribute carbonFootprint"
                        + " that this version does not know; it is kept unchanged when saving",
                "unknown-content.cartograph:4:32: UseCase 'Claim intake assistant' contains an element aiAct that"
                        + " this version does not know; it is kept unchanged when saving"),
                warnings(portfolio.eResource()));
        assertEquals(List.of("Claim intake assistant", "Fraud triage"),
                portfolio.getUseCases().stream().map(useCase -> useCase.getName()).toList());

        portfolio.getUseCases().get(1).setName("Fraud triage assistant");
        ModelPersistence.save(portfolio.eResource());

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:cartograph="https://cartograph.dev/model/1.0" xmi:id="_portfolio" name="Claims" region="EMEA">
                  <useCases xmi:id="_intake" name="Claim intake assistant" carbonFootprint="low">
                    <aiAct riskClass="limited">
                      <obligation>transparency</obligation>
                    </aiAct>
                  </useCases>
                  <useCases xmi:id="_fraud" name="Fraud triage assistant"/>
                </cartograph:Portfolio>
                """, Files.readString(file));
    }

    @Test
    void aFileWithUnknownContentIsStableOnceSaved() throws IOException {
        Path file = Fixtures.copy("unknown-content.cartograph", directory);
        ModelPersistence.save(ModelPersistence.load(file).eResource());
        byte[] first = Files.readAllBytes(file);
        ModelPersistence.save(ModelPersistence.load(file).eResource());
        assertArrayEquals(first, Files.readAllBytes(file));
    }

    @Test
    void aNewerMinorVersionIsReadKeptAndReported() throws IOException {
        Path file = Fixtures.copy("newer-minor-version.cartograph", directory);
        Resource resource = ModelPersistence.load(ModelPersistence.createResourceSet(), Fixtures.uri(file));

        assertEquals(List.of(
                "newer-minor-version.cartograph: the file was written by a newer version of Cartograph (model 1.3);"
                        + " what this version does not know is kept unchanged when saving",
                "newer-minor-version.cartograph:3:83: UseCase 'Claim intake assistant' has an attribute"
                        + " carbonFootprint that this version does not know; it is kept unchanged when saving"),
                warnings(resource));
        ModelPersistence.save(resource);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:cartograph="https://cartograph.dev/model/1.0" xmi:id="_portfolio" name="Claims">
                  <useCases xmi:id="_intake" name="Claim intake assistant" carbonFootprint="low"/>
                </cartograph:Portfolio>
                """, Files.readString(file));
    }

    @Test
    void afterFiftyWarningsAboutUnknownContentTheRestIsCounted() throws IOException {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cartograph:Portfolio"
                + " xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:cartograph=\"https://cartograph.dev/model/1.0\" name=\"Claims\">\n");
        for (int i = 1; i <= 55; i++) {
            content.append("  <useCases name=\"Use case ").append(i).append("\" carbonFootprint=\"low\"/>\n");
        }
        Path file = Files.writeString(directory.resolve("many.cartograph"), content + "</cartograph:Portfolio>\n");

        List<String> warnings = warnings(ModelPersistence.load(file).eResource());

        assertEquals(51, warnings.size());
        assertEquals("many.cartograph:52:55: UseCase 'Use case 50' has an attribute carbonFootprint that this version"
                + " does not know; it is kept unchanged when saving", warnings.get(49));
        assertEquals("many.cartograph: and 5 more attributes or elements that this version does not know, kept"
                + " unchanged when saving", warnings.get(50));
    }

    private static List<String> warnings(Resource resource) {
        return resource.getWarnings().stream().map(Resource.Diagnostic::getMessage).toList();
    }
}
