// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;

import dev.cartograph.ui.editor.IPortfolioEditorPageFactory;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;

/**
 * The pages other plug-ins add to the portfolio editor: those of the
 * {@code dev.cartograph.ui.editorPages} extension point, read once and lazily (a contribution
 * without an id or a class is logged against its plug-in and ignored; a factory is created on
 * first use), and those added by code (tests).
 */
public final class EditorPageContributions {

    /** The extension point's id. */
    public static final String EXTENSION_POINT = CartographUi.BUNDLE_ID + ".editorPages"; //$NON-NLS-1$

    private static final String PAGE = "page"; //$NON-NLS-1$
    private static final String ID = "id"; //$NON-NLS-1$
    private static final String CLASS = "class"; //$NON-NLS-1$
    private static final String AFTER = "after"; //$NON-NLS-1$

    private static final List<Contribution> ADDED = new CopyOnWriteArrayList<>();
    private static List<Contribution> declared;

    private EditorPageContributions() {
    }

    /** One contributed page: who contributes it, where it goes, and its factory. */
    public static final class Contribution {
        private final String id;
        private final String bundle;
        private final String after;
        private final IConfigurationElement element;
        private IPortfolioEditorPageFactory factory;

        /**
         * A contribution made by code.
         *
         * @param id its id
         * @param bundle the plug-in named when it fails
         * @param after the id of the page it follows, or {@code null}
         * @param factory the factory of its pages
         */
        public Contribution(String id, String bundle, String after, IPortfolioEditorPageFactory factory) {
            this(id, bundle, after, null, factory);
        }

        private Contribution(String id, String bundle, String after, IConfigurationElement element,
                IPortfolioEditorPageFactory factory) {
            this.id = id;
            this.bundle = bundle;
            this.after = after == null || after.isBlank() ? null : after.strip();
            this.element = element;
            this.factory = factory;
        }

        /** @return the contribution's id */
        public String id() {
            return id;
        }

        /** @return the symbolic name of the contributing plug-in */
        public String bundle() {
            return bundle;
        }

        /** @return the id of the page this one follows, or {@code null} */
        public String after() {
            return after;
        }

        /**
         * @return the factory, created on first use
         * @throws CoreException if the class cannot be created
         */
        public synchronized IPortfolioEditorPageFactory factory() throws CoreException {
            if (factory == null) {
                Object created = element.createExecutableExtension(CLASS);
                if (!(created instanceof IPortfolioEditorPageFactory pageFactory)) {
                    throw new ClassCastException(Messages.bind(Messages.PortfolioEditor_notAPageFactory,
                            created.getClass().getName(), IPortfolioEditorPageFactory.class.getName()));
                }
                factory = pageFactory;
            }
            return factory;
        }
    }

    /** @return the contributions, declared ones first, in the order they were read */
    public static List<Contribution> all() {
        List<Contribution> all = new ArrayList<>(declared());
        all.addAll(ADDED);
        return all;
    }

    /**
     * Adds a contribution by code, for the editors opened from now on.
     *
     * @param contribution the contribution
     * @return what removes it again
     */
    public static Runnable add(Contribution contribution) {
        ADDED.add(contribution);
        return () -> ADDED.remove(contribution);
    }

    private static synchronized List<Contribution> declared() {
        if (declared == null) {
            declared = read(Platform.getExtensionRegistry());
        }
        return declared;
    }

    private static List<Contribution> read(IExtensionRegistry registry) {
        List<Contribution> read = new ArrayList<>();
        if (registry == null) {
            return read;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String bundle = element.getContributor().getName();
            String id = element.getAttribute(ID);
            if (!PAGE.equals(element.getName())) {
                continue;
            }
            if (id == null || id.isBlank() || element.getAttribute(CLASS) == null) {
                CartographUi.log(Messages.bind(Messages.PortfolioEditor_pageIncomplete, bundle), null);
                continue;
            }
            read.add(new Contribution(id.strip(), bundle, element.getAttribute(AFTER), element, null));
        }
        return read;
    }
}
