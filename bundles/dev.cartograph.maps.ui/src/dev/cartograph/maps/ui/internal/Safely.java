// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.emf.ecore.EObject;

import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.model.Portfolio;

/**
 * Calls into a map's code that the renderer does not make for us (its subjects, palette and
 * trace), through {@link SafeRunner}: a map that throws gives nothing, logged with its bundle.
 */
final class Safely {

    private Safely() {
    }

    static List<? extends EObject> subjects(MapDescription map, Portfolio portfolio) {
        List<EObject> subjects = new ArrayList<>();
        run(map, () -> subjects.addAll(map.builder().subjects(portfolio)));
        return subjects;
    }

    static List<PaletteTool> palette(MapDescription map, Locale locale) {
        List<PaletteTool> tools = new ArrayList<>();
        run(map, () -> tools.addAll(map.builder().palette(locale)));
        return tools;
    }

    static Collection<EObject> trace(MapDescription map, EObject selected, MapContext context) {
        List<EObject> traced = new ArrayList<>();
        run(map, () -> traced.addAll(map.builder().trace(selected, context)));
        return traced;
    }

    private static void run(MapDescription map, Runnable call) {
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                call.run();
            }

            @Override
            public void handleException(Throwable error) {
                MapsUiPlugin.log(Messages.bind(Messages.Maps_mapFailed, map.id(), map.contributor()), error);
            }
        });
    }
}
