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

        assertEquals(List.of("the file was written by a newer version of Cartograph (model 1.3); what this version"
                + " does not know is kept unchanged when saving"),
                resource.getWarnings().stream().map(Resource.Diagnostic::getMessage).toList());
        ModelPersistence.save(resource);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:cartograph="https://cartograph.dev/model/1.0" xmi:id="_portfolio" name="Claims">
                  <useCases xmi:id="_intake" name="Claim intake assistant" carbonFootprint="low"/>
                </cartograph:Portfolio>
                """, Files.readString(file));
    }
}
