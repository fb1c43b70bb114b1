// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.ui.forms.editor.IFormPage;

import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.IPortfolioEditorSite;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.editor.EditorPageContributions.Contribution;

/**
 * The contributed pages of one editor: creates them in their places among the editor's own
 * pages, and makes every call into them through {@link SafeRunner}, so that a page that throws
 * is logged with its plug-in named and taken out of the editor, and nothing else is affected.
 */
public final class ContributedPages {

    private final Map<IFormPage, Contribution> contributed = new IdentityHashMap<>();
    private final Set<IFormPage> failed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Consumer<IFormPage> remove;

    /** @param remove takes a failed page out of the editor */
    public ContributedPages(Consumer<IFormPage> remove) {
        this.remove = remove;
    }

    /**
     * Creates the contributed pages and places them among the editor's own.
     *
     * @param site the editor
     * @param own the editor's own pages, in order; the last one is the Model page
     * @param contributions the contributions
     * @return all the pages, in order
     */
    public List<IFormPage> arrange(IPortfolioEditorSite site, List<IFormPage> own, List<Contribution> contributions) {
        contributed.clear();
        failed.clear();
        List<IFormPage> pages = new ArrayList<>(own);
        List<String> ids = new ArrayList<>(own.stream().map(IFormPage::getId).toList());
        int beforeModel = own.size() - 1;
        for (Contribution contribution : contributions) {
            IPortfolioEditorPage page = create(site, contribution);
            if (page == null) {
                continue;
            }
            int after = contribution.after() == null ? -1 : ids.indexOf(contribution.after());
            int index = after >= 0 ? after + 1 : beforeModel;
            if (index <= beforeModel) {
                beforeModel++;
            }
            pages.add(index, page);
            ids.add(index, contribution.id());
            contributed.put(page, contribution);
        }
        return pages;
    }

    private static IPortfolioEditorPage create(IPortfolioEditorSite site, Contribution contribution) {
        IPortfolioEditorPage[] created = new IPortfolioEditorPage[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() throws Exception {
                created[0] = contribution.factory().createPage(site);
            }

            @Override
            public void handleException(Throwable error) {
                CartographUi.log(Messages.bind(Messages.PortfolioEditor_pageFailed, contribution.id(), contribution.bundle()),
                        error);
            }
        });
        return created[0];
    }

    /**
     * @param page a page of the editor
     * @return whether another plug-in contributed it
     */
    public boolean isContributed(Object page) {
        return page instanceof IFormPage formPage && contributed.containsKey(formPage);
    }

    /**
     * Runs something that calls into a page: directly for the editor's own pages, through
     * {@link SafeRunner} for contributed ones (a failure logs, takes the page out, and gives
     * {@code fallback}).
     *
     * @param page the page
     * @param call the call
     * @param fallback the result if it fails
     * @return the call's result, or {@code fallback}
     */
    public <T> T call(IFormPage page, Supplier<T> call, T fallback) {
        Contribution contribution = contributed.get(page);
        if (contribution == null) {
            return call.get();
        }
        if (failed.contains(page)) {
            return fallback;
        }
        List<T> result = new ArrayList<>(1);
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                result.add(call.get());
            }

            @Override
            public void handleException(Throwable error) {
                failed(page, error);
            }
        });
        return result.isEmpty() ? fallback : result.get(0);
    }

    /**
     * Runs something that calls into a page, as {@link #call(IFormPage, Supplier, Object)} does.
     *
     * @param page the page
     * @param call the call
     * @return whether it ran without failing
     */
    public boolean run(IFormPage page, Runnable call) {
        return call(page, () -> {
            call.run();
            return Boolean.TRUE;
        }, Boolean.FALSE);
    }

    private void failed(IFormPage page, Throwable error) {
        Contribution contribution = contributed.get(page);
        if (contribution == null || !failed.add(page)) {
            return;
        }
        CartographUi.log(Messages.bind(Messages.PortfolioEditor_pageFailed, contribution.id(), contribution.bundle()), error);
        remove.accept(page);
    }

    /** @param page a page the editor removed */
    public void forget(IFormPage page) {
        contributed.remove(page);
        failed.remove(page);
    }
}
