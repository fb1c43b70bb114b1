// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.Maps;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.tests.support.SampleFile;

/** {@code map}: writes a map of the sample without a display, and says clearly what is wrong. */
class MapCommandTest {

    private static final String FILE = "kestrel-mutual.cartograph";

    @TempDir
    Path directory;

    private Portfolio sample;
    private Cli cli;

    @BeforeEach
    void writeSample() throws IOException {
        sample = SampleFile.write(directory.resolve(FILE));
        cli = Cli.withDefaults(directory);
    }

    @Test
    void theJourneyMapIsWrittenAsTheSameSvgTheWorkbenchExports() throws Exception {
        CustomerJourney journey = sample.getJourneys().get(0);
        Cli.Run run = cli.run("map", FILE, "--journey", journey.getName(), "--format", "svg", "--output", "journey.svg");
        assertEquals(0, run.exitCode(), run.err());
        byte[] written = Files.readAllBytes(directory.resolve("journey.svg"));
        assertTrue(run.out().startsWith("Journey map of \"" + journey.getName() + "\" written to journey.svg ("), run.out());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(written));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(document.getDocumentElement().getTextContent().contains(journey.getStages().get(0).getName()));

        Portfolio loaded = ModelPersistence.load(directory.resolve(FILE));
        CustomerJourney same = loaded.getJourneys().get(0);
        Maps maps = Maps.getDefault();
        MapRenderer renderer = maps.renderer();
        MapContext context = MapContext.builder(same, new ScoringEngine(TestCriteria.defaults(), new StrategyRegistry())
                .score(loaded)).layers(maps.layers().defaults(MapKind.JOURNEY)).locale(Locale.ENGLISH).build();
        BuiltMap exported = renderer.render(maps.maps().find("journey").orElseThrow(), context).orElseThrow();
        assertArrayEquals(MapRenderer.svg(exported).getBytes(StandardCharsets.UTF_8), written);
    }

    @Test
    void aJourneyIsFoundByItsIdToo() {
        String id = sample.eResource().getURIFragment(sample.getJourneys().get(1));
        Cli.Run run = cli.run("map", FILE, "--journey", id);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<?xml"), "SVG on the standard output without --output");
        assertTrue(run.out().contains(sample.getJourneys().get(1).getName().replace("&", "&amp;")));
    }

    @Test
    void withoutAMapOptionThePortfolioMapIsWritten() {
        Cli.Run run = cli.run("map", FILE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("data-diagram=\"portfolio:"), run.out().substring(0, Math.min(400, run.out().length())));
        assertTrue(run.out().trim().endsWith("</svg>"));
    }

    @Test
    void aWorkflowMapIsWrittenAsPngWithoutADisplay() throws IOException {
        Cli.Run run = cli.run("map", FILE, "--workflow", sample.getWorkflows().get(0).getName().toUpperCase(Locale.ROOT),
                "--format", "png", "--output", "flow.png", "--scale", "2", "--layers", "automationHeat,frictionHeat");
        assertEquals(0, run.exitCode(), run.err());
        byte[] png = Files.readAllBytes(directory.resolve("flow.png"));
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
    }

    @Test
    void anUnknownJourneyIsNamedWithTheFileAndTheJourneysItHas() {
        Cli.Run run = cli.run("map", FILE, "--journey", "Space travel");
        assertEquals(2, run.exitCode());
        assertEquals(List.of(FILE + ": no journey has the id or name \"Space travel\"; its journeys: \""
                + sample.getJourneys().get(0).getName() + "\", \"" + sample.getJourneys().get(1).getName() + "\""),
                run.errLines());
    }

    @Test
    void wrongOptionsAreRefusedWithTheReason() {
        assertEquals(List.of("cartograph map: give only one of --journey, --workflow and --portfolio (see 'cartograph map --help')"),
                cli.run("map", FILE, "--journey", "x", "--portfolio").errLines());
        assertEquals(List.of("cartograph map: --format png needs --output FILE (see 'cartograph map --help')"),
                cli.run("map", FILE, "--format", "png").errLines());
        assertEquals(List.of("cartograph map: unknown format 'pdf'; expected svg or png (see 'cartograph map --help')"),
                cli.run("map", FILE, "--format", "pdf").errLines());
        String unknownLayer = cli.run("map", FILE, "--journey", "x", "--layers", "quadrant,glitter").errLines().get(0);
        assertTrue(unknownLayer.startsWith("cartograph map: unknown layer 'glitter' for the Journey map; expected one of: "),
                unknownLayer);
        assertTrue(unknownLayer.contains("quadrant") && !unknownLayer.contains("automationHeat"), unknownLayer);
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsNamed() {
        Cli.Run missing = cli.run("map", "nowhere.cartograph");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("nowhere.cartograph"), missing.err());
        Cli.Run unwritable = cli.run("map", FILE, "--output", "no/such/dir/map.svg");
        assertEquals(2, unwritable.exitCode());
        assertTrue(unwritable.err().startsWith("no/such/dir/map.svg: cannot be written ("), unwritable.err());
    }

    @Test
    void theHelpListsTheOptionsAndTheOverviewTheCommand() {
        Cli.Run help = cli.run("map", "--help");
        assertEquals(0, help.exitCode());
        for (String option : Set.of("--journey ID|NAME", "--workflow ID|NAME", "--portfolio", "--layers ID,ID,...",
                "--format svg|png", "--output FILE", "--scale N")) {
            assertTrue(help.out().contains(option), option);
        }
        assertTrue(cli.run("help").out().contains("  map "), "the overview lists map");
        assertTrue(cli.locale(Locale.FRENCH).run("map", "--help").out().contains("la carte du portefeuille (par d\u00e9faut)"));
    }
}
