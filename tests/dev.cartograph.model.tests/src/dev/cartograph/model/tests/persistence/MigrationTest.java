// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.CartographResource;
import dev.cartograph.model.persistence.MigrationContext;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelMigration;
import dev.cartograph.model.persistence.ModelMigrationRegistry;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Files of an older model version are upgraded at load by registered migrations. Version 1.0 is the first, so the
 * versions here are fictitious: 0.8 called the portfolio's name "title", 0.8 and 0.9 spelled "organization".
 */
@ExtendWith(EnglishLocale.class)
class MigrationTest {

    private static final String V08 = "https://cartograph.dev/model/0.8";
    private static final String V09 = "https://cartograph.dev/model/0.9";

    /** 0.9 to 1.0: "organization" became "organisation". */
    private static final ModelMigration ORGANISATION = migration(V09, CartographPackage.eNS_URI,
            context -> context.renameAttribute(CartographPackage.Literals.PORTFOLIO, "organization",
                    CartographPackage.Literals.PORTFOLIO__ORGANISATION));

    /** 0.8 to 0.9: "title" became "name". */
    private static final ModelMigration TITLE = migration(V08, V09,
            context -> context.renameAttribute(CartographPackage.Literals.PORTFOLIO, "title",
                    CartographPackage.Literals.NAMED_ELEMENT__NAME));

    @TempDir
    Path directory;

    @Test
    void aMigrationUpgradesAnOlderFileAtLoadAndSavingWritesTheCurrentVersion() throws IOException {
        ModelMigrationRegistry registry = new ModelMigrationRegistry();
        registry.register(ORGANISATION);
        Path file = Fixtures.copy("model-0.9.cartograph", directory);

        Resource resource = load(file, registry);

        Portfolio portfolio = (Portfolio) resource.getContents().get(0);
        assertEquals("ACME Insurance", portfolio.getOrganisation());
        assertEquals(List.of("model-0.9.cartograph: the file was written for model 0.9 and has been upgraded; saving it"
                + " writes model 1.0"),
                resource.getWarnings().stream().map(Resource.Diagnostic::getMessage).toList());
        ModelPersistence.save(resource);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <cartograph:Portfolio xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" \
                xmlns:cartograph="https://cartograph.dev/model/1.0" xmi:id="_portfolio" name="Claims" \
                organisation="ACME Insurance">
                  <useCases xmi:id="_intake" name="Claim intake assistant"/>
                </cartograph:Portfolio>
                """, Files.readString(file));
    }

    @Test
    void migrationsChainInOrderFromTheFilesVersion() throws IOException {
        ModelMigrationRegistry registry = new ModelMigrationRegistry();
        List<String> applied = new ArrayList<>();
        registry.register(recording(ORGANISATION, applied));
        registry.register(recording(TITLE, applied));

        Portfolio portfolio = (Portfolio) load(Fixtures.copy("model-0.8.cartograph", directory), registry)
                .getContents().get(0);

        assertEquals(List.of(V08, V09), applied);
        assertEquals("Claims", portfolio.getName());
        assertEquals("ACME Insurance", portfolio.getOrganisation());
        assertEquals(Optional.of(List.of()), registry.findChain(CartographPackage.eNS_URI));
        assertEquals(Optional.empty(), registry.findChain("https://cartograph.dev/model/0.7"));
    }

    @Test
    void withoutItsMigrationAnOlderFileIsRefused() {
        Path file = Fixtures.copy("model-0.9.cartograph", directory);
        ModelLoadException problem = assertThrows(ModelLoadException.class,
                () -> load(file, new ModelMigrationRegistry()));
        assertEquals("model-0.9.cartograph:2:192: this file was written by an older version of Cartograph"
                + " (model 0.9) that this version cannot read; this version reads model 1.0", problem.getMessage());
    }

    @Test
    void aFailingMigrationFailsTheLoadWithItsReason() {
        ModelMigrationRegistry registry = new ModelMigrationRegistry();
        registry.register(migration(V09, CartographPackage.eNS_URI, context -> {
            throw new IllegalStateException("the scoring grid of 0.9 has no equivalent");
        }));
        Path file = Fixtures.copy("model-0.9.cartograph", directory);

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> load(file, registry));

        assertEquals("model-0.9.cartograph: the file could not be upgraded from model 0.9: the scoring grid of 0.9"
                + " has no equivalent", problem.getMessage());
    }

    @Test
    void theDefaultRegistryIsUsedWhenNoneIsGiven() throws IOException {
        ModelMigrationRegistry.getDefault().register(ORGANISATION);
        try {
            Portfolio portfolio = ModelPersistence.load(Fixtures.copy("model-0.9.cartograph", directory));
            assertEquals("ACME Insurance", portfolio.getOrganisation());
        } finally {
            assertTrue(ModelMigrationRegistry.getDefault().unregister(ORGANISATION));
        }
    }

    @Test
    void aRegistryRefusesASecondMigrationFromTheSameVersionAndOneFromAReadableVersion() {
        ModelMigrationRegistry registry = new ModelMigrationRegistry();
        registry.register(ORGANISATION);
        assertThrows(IllegalArgumentException.class,
                () -> registry.register(migration(V09, CartographPackage.eNS_URI, context -> { })));
        assertThrows(IllegalArgumentException.class, () -> registry.register(
                migration("https://cartograph.dev/model/1.0", CartographPackage.eNS_URI, context -> { })));
    }

    private static Resource load(Path file, ModelMigrationRegistry registry) throws ModelLoadException {
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        resourceSet.getLoadOptions().put(CartographResource.OPTION_MIGRATIONS, registry);
        return ModelPersistence.load(resourceSet, Fixtures.uri(file));
    }

    private interface Step {
        void apply(MigrationContext context);
    }

    private static ModelMigration migration(String source, String target, Step step) {
        return new ModelMigration() {
            @Override
            public String getSourceNamespace() {
                return source;
            }

            @Override
            public String getTargetNamespace() {
                return target;
            }

            @Override
            public void migrate(MigrationContext context) {
                step.apply(context);
            }
        };
    }

    private static ModelMigration recording(ModelMigration migration, List<String> applied) {
        return migration(migration.getSourceNamespace(), migration.getTargetNamespace(), context -> {
            applied.add(context.getSourceNamespace());
            migration.migrate(context);
        });
    }
}
