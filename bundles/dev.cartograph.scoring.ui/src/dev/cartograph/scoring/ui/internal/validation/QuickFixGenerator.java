// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/** Offers the quick fixes of a validation marker's finding (Problems view, Quick Fix). */
public final class QuickFixGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !labels(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<String> labels = labels(marker);
        List<IMarkerResolution> resolutions = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            resolutions.add(new QuickFixResolution(labels.get(i), i));
        }
        return resolutions.toArray(IMarkerResolution[]::new);
    }

    private static List<String> labels(IMarker marker) {
        String stored = marker.getAttribute(MarkerSpec.QUICK_FIXES, ""); //$NON-NLS-1$
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n")); //$NON-NLS-1$
    }
}
