// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Scale;

/** The eight criteria of the method on their 1 to 5 scale, an empty portfolio using them, the fixture files. */
@SuppressWarnings("nls")
final class InventoryFixtures {

    static final List<Criterion> CRITERIA = List.of(
            criterion("strategic-value", "Strategic business value"),
            criterion("customer-experience", "Customer experience impact"),
            criterion("financial-potential", "Financial potential"),
            criterion("data-process-maturity", "Data and process maturity"),
            criterion("technical-complexity", "Technical complexity"),
            criterion("brand-impact", "Brand impact"),
            criterion("compliance-risk", "Compliance and operational risk"),
            criterion("initiative-alignment", "Alignment with key initiatives"));

    private InventoryFixtures() {
    }

    private static Criterion criterion(String id, String label) {
        return Criterion.builder(id).label(label).scale(Scale.of(1, 5)).build();
    }

    static Portfolio portfolio() {
        Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
        portfolio.setName("Imported");
        portfolio.setScoring(CartographFactory.eINSTANCE.createScoringConfiguration());
        for (Criterion criterion : CRITERIA) {
            CriterionSetting setting = CartographFactory.eINSTANCE.createCriterionSetting();
            setting.setCriterionId(criterion.id());
            portfolio.getScoring().getCriteria().add(setting);
        }
        return portfolio;
    }

    /** Copies a fixture of this bundle's {@code fixtures} folder into a folder. */
    static Path copy(String name, Path folder) throws IOException {
        Enumeration<URL> found = FrameworkUtil.getBundle(InventoryFixtures.class).findEntries("fixtures", name, false);
        if (found == null || !found.hasMoreElements()) {
            throw new IOException("no fixture " + name);
        }
        Path target = folder.resolve(name);
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
