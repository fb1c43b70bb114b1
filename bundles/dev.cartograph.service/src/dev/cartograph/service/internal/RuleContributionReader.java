// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ExtensionSchema.RULE;
import static dev.cartograph.service.internal.ExtensionSchema.RULES_POINT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.eclipse.core.runtime.Status;

import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationRule;

/**
 * Fills a {@link RuleRegistry} from the validation rules extension point and follows it: an
 * extension added later is read, one removed takes its rules and failures with it. Each
 * element is validated on its own; a refused one is logged as an error against its
 * contributing bundle, recorded in the registry and remembered as a failure of its extension,
 * and reading goes on.
 * <p>
 * The registry is changed without holding this reader's lock, because its listeners may
 * validate (and so call contributed code that reports back here).
 */
public final class RuleContributionReader implements IRegistryEventListener {

    /** A failure and the extension at fault. */
    private record Tracked(IExtension extension, RuleFailure failure) {
    }

    /** A rule read but not yet installed. */
    private record Pending(IExtension extension, ValidationRule rule) {
    }

    private final IExtensionRegistry registry;
    private final RuleRegistry rules;
    private final ILog log = ILog.of(RuleContributionReader.class);
    private final Map<IExtension, List<ValidationRule>> installed = new HashMap<>();
    private final List<Tracked> failures = new ArrayList<>();

    /**
     * @param registry the extension registry to read
     * @param rules filled with the contributed rules
     */
    public RuleContributionReader(IExtensionRegistry registry, RuleRegistry rules) {
        this.registry = registry;
        this.rules = rules;
    }

    /** Starts following the extension point and reads what it already has. */
    public void start() {
        registry.addListener(this, RULES_POINT);
        IExtensionPoint point = registry.getExtensionPoint(RULES_POINT);
        added(point == null ? new IExtension[0] : point.getExtensions());
    }

    /** Stops following the extension point. */
    public void stop() {
        registry.removeListener(this);
    }

    /** @return the failures of the rules of the extensions read, oldest first */
    public synchronized List<RuleFailure> failures() {
        return failures.stream().map(Tracked::failure).toList();
    }

    @Override
    public void added(IExtension[] extensions) {
        List<Pending> pending = new ArrayList<>();
        synchronized (this) {
            for (IExtension extension : extensions) {
                if (!installed.containsKey(extension)) {
                    installed.put(extension, new ArrayList<>());
                    read(extension, pending);
                }
            }
        }
        if (!pending.isEmpty()) {
            install(pending);
        }
    }

    @Override
    public void removed(IExtension[] extensions) {
        List<ValidationRule> gone = new ArrayList<>();
        synchronized (this) {
            for (IExtension extension : extensions) {
                List<ValidationRule> owned = installed.remove(extension);
                if (owned != null) {
                    gone.addAll(owned);
                    failures.removeIf(tracked -> tracked.extension().equals(extension));
                }
            }
        }
        gone.forEach(this::uninstall);
    }

    @Override
    public void added(IExtensionPoint[] extensionPoints) {
        // Only the extensions of the point matter.
    }

    @Override
    public void removed(IExtensionPoint[] extensionPoints) {
        // The point belongs to this bundle: it goes away only when the bundle stops.
    }

    private void read(IExtension extension, List<Pending> pending) {
        try {
            String contributor = extension.getContributor().getName();
            ExtensionInstance.Report report = (id, message, cause) -> failed(extension, contributor, id, message,
                    cause, false);
            for (IConfigurationElement element : extension.getConfigurationElements()) {
                if (!RULE.equals(element.getName())) {
                    failed(extension, contributor, "", Messages.format(Messages.Contribution_unexpectedElement, //$NON-NLS-1$
                            element.getName(), RULES_POINT), null, false);
                    continue;
                }
                try {
                    pending.add(new Pending(extension, RuleReader.read(element, contributor, report)));
                } catch (InvalidContributionException e) {
                    failed(extension, contributor, e.id(), e.getMessage(), null, false);
                }
            }
        } catch (InvalidRegistryObjectException e) {
            // Removed while being read: the removal event follows and finds nothing to undo.
        }
    }

    /** Adds the rules in one change, then accounts for each: installed, or refused by the registry. */
    private void install(List<Pending> pending) {
        int known = rules.failures().size();
        rules.addAll(pending.stream().map(Pending::rule).toList());
        List<RuleFailure> recorded = rules.failures();
        List<RuleFailure> refusals = recorded.subList(Math.min(known, recorded.size()), recorded.size());
        for (Pending each : pending) {
            ValidationRule rule = each.rule();
            if (rules.find(rule.id()).orElse(null) == rule) {
                keep(each.extension(), rule);
            } else {
                refusals.stream()
                        .filter(f -> f.ruleId().equals(rule.id()) && f.contributor().equals(rule.contributor()))
                        .findFirst().ifPresent(f -> failed(each.extension(), f.contributor(), f.ruleId(), f.message(),
                                null, true));
            }
        }
    }

    private void keep(IExtension extension, ValidationRule rule) {
        synchronized (this) {
            List<ValidationRule> owned = installed.get(extension);
            if (owned != null) {
                owned.add(rule);
                return;
            }
        }
        uninstall(rule);
    }

    private void uninstall(ValidationRule rule) {
        if (rules.find(rule.id()).orElse(null) == rule) {
            rules.remove(rule.id());
        }
    }

    /**
     * Remembers, records and logs a failure, unless its extension was removed meanwhile.
     *
     * @param inRegistry whether the registry already recorded it (it records the refusals it decides)
     */
    private synchronized void failed(IExtension extension, String contributor, String id, String message,
            Throwable cause, boolean inRegistry) {
        if (!installed.containsKey(extension)) {
            return;
        }
        RuleFailure failure = new RuleFailure(id, contributor, message);
        failures.add(new Tracked(extension, failure));
        if (!inRegistry) {
            rules.recordFailure(failure);
        }
        log.log(new Status(IStatus.ERROR, contributor, message, cause));
    }
}
