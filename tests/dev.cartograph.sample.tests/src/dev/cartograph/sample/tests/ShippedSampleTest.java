// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;
import dev.cartograph.tests.support.SamplePortfolio;

/**
 * The sample file shipped in the product (and opened on first launch) is exactly what
 * {@link SamplePortfolio} builds, in canonical form. Regenerate it with {@code ./build sample}.
 */
class ShippedSampleTest {

    /** Set by {@code ./build sample}: where to (re)write the shipped file before checking it. */
    private static final String OUTPUT_PROPERTY = "cartograph.sample.output"; //$NON-NLS-1$

    private static Path shipped;

    @BeforeAll
    static void locateShippedFile(@TempDir Path temp) throws IOException {
        String output = System.getProperty(OUTPUT_PROPERTY);
        if (output != null) {
            shipped = Path.of(output);
            SampleFile.write(shipped);
            return;
        }
        URL entry = Platform.getBundle("dev.cartograph.sample").getEntry("portfolios/kestrel-mutual.cartograph"); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotNull(entry, "the sample bundle ships the sample portfolio");
        shipped = temp.resolve("kestrel-mutual.cartograph"); //$NON-NLS-1$
        try (InputStream in = FileLocator.toFileURL(entry).openStream()) {
            Files.copy(in, shipped);
        }
    }

    @Test
    void theShippedSampleIsTheBuiltSample() throws IOException {
        Portfolio loaded = ModelPersistence.load(shipped);
        assertTrue(new PersistentContentEquality().equals(SamplePortfolio.build(), loaded),
                "the shipped sample is out of date: regenerate it with ./build sample");
    }

    /**
     * Compares what a file holds. Transient opposites (a wave's use cases, a stage's use cases...)
     * are derived from the persistent side on load, in file order, so they are not compared.
     */
    private static final class PersistentContentEquality extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
            return feature.isTransient() || super.haveEqualFeature(a, b, feature);
        }
    }

    @Test
    void theShippedSampleIsInCanonicalForm(@TempDir Path temp) throws IOException {
        Portfolio loaded = ModelPersistence.load(shipped);
        Path resaved = temp.resolve("resaved.cartograph"); //$NON-NLS-1$
        ModelPersistence.save(loaded, resaved);
        assertArrayEquals(Files.readAllBytes(shipped), Files.readAllBytes(resaved),
                "loading and saving the shipped sample changes its bytes");
    }
}
