// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.output.Texts;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapFailure;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.model.NamedElement;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.ValidationOptions;

/**
 * {@code map FILE [--journey ID|NAME | --workflow ID|NAME | --portfolio] [--layers a,b]
 * [--format svg|png] [--output F] [--scale N]}: draws one map of a portfolio with the installed
 * maps and layers, laid out as in the workbench, and writes it as SVG (the same bytes the
 * workbench exports) or PNG, without a display (Java2D paints the PNG). A layer that fails is
 * left out and named on the error stream; the map is still written.
 */
public final class MapCommand implements Command {

    private static final String JOURNEY = "journey"; //$NON-NLS-1$
    private static final String WORKFLOW = "workflow"; //$NON-NLS-1$
    private static final String PORTFOLIO = "portfolio"; //$NON-NLS-1$
    private static final String LAYERS = "layers"; //$NON-NLS-1$
    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String OUTPUT = "output"; //$NON-NLS-1$
    private static final String SCALE = "scale"; //$NON-NLS-1$
    private static final String SVG = "svg"; //$NON-NLS-1$
    private static final String PNG = "png"; //$NON-NLS-1$

    @Override
    public String name() {
        return "map"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(JOURNEY, "ID|NAME", "Option_mapJourney"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(WORKFLOW, "ID|NAME", "Option_mapWorkflow"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(PORTFOLIO, null, "Option_mapPortfolio"), //$NON-NLS-1$
                new OptionSpec(LAYERS, "ID,ID,...", "Option_mapLayers"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(FORMAT, "svg|png", "Option_mapFormat"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(OUTPUT, "FILE", "Option_mapOutput"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SCALE, "N", "Option_mapScale")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public int minArguments() {
        return 1;
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        MapKind kind = kind(invocation);
        String format = invocation.option(FORMAT).orElse(SVG).strip().toLowerCase(Locale.ROOT);
        if (!format.equals(SVG) && !format.equals(PNG)) {
            throw new UsageException(invocation.text("Usage_badMapFormat", format)); //$NON-NLS-1$
        }
        double scale = invocation.decimal(SCALE, 1, 0.1, 8);
        if (format.equals(PNG) && invocation.option(OUTPUT).isEmpty()) {
            throw new UsageException(invocation.text("Usage_pngNeedsOutput")); //$NON-NLS-1$
        }
        MapRenderer renderer = invocation.environment().maps();
        Set<String> layers = layers(invocation, renderer, kind);
        LoadedPortfolio loaded = invocation.load(invocation.arguments().get(0));
        EObject subject = subject(invocation, loaded, kind);
        MapDescription map = renderer.maps().mapFor(kind, subject).orElseThrow(() -> new InputException(
                invocation.text("Map_noMap", loaded.name(), kind.label(invocation.locale())))); //$NON-NLS-1$
        ScoringResult scoring = invocation.environment().engine().score(loaded.portfolio());
        MapContext context = MapContext.builder(subject, scoring).layers(layers).locale(invocation.locale())
                .validation(() -> new PortfolioValidation(invocation.environment().rules()).validate(loaded.portfolio(),
                        scoring, ValidationOptions.defaults().withLocale(invocation.locale())))
                .build();
        BuiltMap built = renderer.render(map, context).orElseThrow(() -> new InputException(
                invocation.text("Map_failed", loaded.name(), map.label(), failures(renderer, map)))); //$NON-NLS-1$
        for (MapFailure failure : built.failures()) {
            invocation.environment().err().println(invocation.text("Map_layerFailed", loaded.name(), //$NON-NLS-1$
                    failure.contributor(), Texts.oneLine(failure.message())));
        }
        write(invocation, loaded, built, format, scale);
        return ExitCodes.OK;
    }

    private static MapKind kind(Invocation invocation) throws UsageException {
        List<MapKind> asked = new ArrayList<>();
        if (invocation.option(JOURNEY).isPresent()) {
            asked.add(MapKind.JOURNEY);
        }
        if (invocation.option(WORKFLOW).isPresent()) {
            asked.add(MapKind.WORKFLOW);
        }
        if (invocation.option(PORTFOLIO).isPresent()) {
            asked.add(MapKind.PORTFOLIO);
        }
        if (asked.size() > 1) {
            throw new UsageException(invocation.text("Usage_oneMap")); //$NON-NLS-1$
        }
        return asked.isEmpty() ? MapKind.PORTFOLIO : asked.get(0);
    }

    private static Set<String> layers(Invocation invocation, MapRenderer renderer, MapKind kind)
            throws UsageException {
        List<MapLayer> available = renderer.layers().layers(kind);
        String given = invocation.option(LAYERS).orElse(null);
        if (given == null) {
            return renderer.layers().defaults(kind);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : given.split(",")) { //$NON-NLS-1$
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (available.stream().noneMatch(l -> l.id().equals(id))) {
                throw new UsageException(invocation.text("Usage_unknownLayer", Texts.oneLine(id), //$NON-NLS-1$
                        kind.label(invocation.locale()),
                        available.stream().map(MapLayer::id).collect(Collectors.joining(", ")))); //$NON-NLS-1$
            }
            ids.add(id);
        }
        return ids;
    }

    private static EObject subject(Invocation invocation, LoadedPortfolio loaded, MapKind kind) throws InputException {
        return switch (kind) {
        case PORTFOLIO -> loaded.portfolio();
        case JOURNEY -> find(invocation, loaded, loaded.portfolio().getJourneys(), invocation.option(JOURNEY).get(),
                "Map_noJourney"); //$NON-NLS-1$
        case WORKFLOW -> find(invocation, loaded, loaded.portfolio().getWorkflows(), invocation.option(WORKFLOW).get(),
                "Map_noWorkflow"); //$NON-NLS-1$
        };
    }

    /** By id first, then by name, then by name ignoring case; a name two elements share is refused. */
    static EObject find(Invocation invocation, LoadedPortfolio loaded, List<? extends NamedElement> elements,
            String wanted, String missingKey) throws InputException {
        String key = wanted.strip();
        for (NamedElement element : elements) {
            if (element.eResource() != null && key.equals(element.eResource().getURIFragment(element))) {
                return element;
            }
        }
        List<NamedElement> named = elements.stream().filter(e -> key.equals(e.getName())).collect(Collectors.toList());
        if (named.isEmpty()) {
            named = elements.stream().filter(e -> e.getName() != null && key.equalsIgnoreCase(e.getName().strip()))
                    .collect(Collectors.toList());
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new InputException(invocation.text("Map_ambiguous", loaded.name(), Texts.oneLine(key), //$NON-NLS-1$
                    named.stream().map(e -> e.eResource() == null ? "?" : e.eResource().getURIFragment(e)) //$NON-NLS-1$
                            .collect(Collectors.joining(", ")))); //$NON-NLS-1$
        }
        String known = elements.isEmpty() ? invocation.text("Map_none") //$NON-NLS-1$
                : elements.stream().map(e -> '"' + Texts.oneLine(String.valueOf(e.getName())) + '"')
                        .collect(Collectors.joining(", ")); //$NON-NLS-1$
        throw new InputException(invocation.text(missingKey, loaded.name(), Texts.oneLine(key), known));
    }

    private static String failures(MapRenderer renderer, MapDescription map) {
        return renderer.maps().failures().stream().filter(f -> f.contributionId().equals(map.id()))
                .reduce((first, second) -> second).map(f -> f.contributor() + ": " + f.message()) //$NON-NLS-1$
                .orElse(map.contributor());
    }

    private static void write(Invocation invocation, LoadedPortfolio loaded, BuiltMap built, String format,
            double scale) throws InputException {
        String output = invocation.option(OUTPUT).orElse(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format.equals(PNG)) {
                MapRenderer.writePng(built, scale, bytes);
            } else {
                MapRenderer.writeSvg(built, bytes);
            }
        } catch (IOException e) {
            throw new InputException(invocation.text("Map_renderFailed", loaded.name(), String.valueOf(e.getMessage()))); //$NON-NLS-1$
        }
        if (output == null) {
            invocation.environment().out().write(bytes.toByteArray(), 0, bytes.size());
            return;
        }
        Path path;
        try {
            path = invocation.environment().workingDirectory().resolve(output).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(invocation.text("Map_badOutput", Texts.oneLine(output))); //$NON-NLS-1$
        }
        try (OutputStream stream = Files.newOutputStream(path)) {
            bytes.writeTo(stream);
        } catch (IOException e) {
            throw new InputException(invocation.text("Map_cannotWrite", Texts.oneLine(output), //$NON-NLS-1$
                    Texts.oneLine(String.valueOf(e.getMessage()))));
        }
        invocation.environment().out().println(invocation.text("Map_written", built.map().label(), //$NON-NLS-1$
                built.diagram().title(), Texts.oneLine(output), bytes.size()));
    }
}
