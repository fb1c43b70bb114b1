// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.IPortfolioEditorPageFactory;
import dev.cartograph.ui.editor.IPortfolioEditorSite;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.editor.EditorPageContributions;
import dev.cartograph.ui.internal.editor.EditorPageContributions.Contribution;
import dev.cartograph.ui.internal.pages.JourneysPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;

/**
 * Pages other plug-ins add to the portfolio editor (extension point
 * {@code dev.cartograph.ui.editorPages}): where they go, what they share with the editor, and
 * that one that fails costs only itself.
 */
class EditorPagesTest extends EditorTestCase {

    private static final String BUNDLE = "com.example.pages";

    private final List<Runnable> removals = new ArrayList<>();
    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener log = (status, plugin) -> logged.add(status);

    @BeforeEach
    void listenToTheLog() {
        Platform.addLogListener(log);
    }

    @AfterEach
    void removeContributions() {
        Platform.removeLogListener(log);
        removals.forEach(Runnable::run);
    }

    private void contribute(String id, String after, IPortfolioEditorPageFactory factory) {
        removals.add(EditorPageContributions.add(new Contribution(id, BUNDLE, after, factory)));
    }

    private PortfolioEditor openSample() throws Exception {
        return Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
    }

    private static List<String> pageIds(PortfolioEditor editor) {
        return editor.getPageIds();
    }

    private boolean loggedAbout(String pageId) {
        return logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains(pageId)
                && s.getMessage().contains(BUNDLE));
    }

    @Test
    void aContributedPageGoesWhereItAsksAndSharesTheEditor() throws Exception {
        JourneyList[] created = new JourneyList[1];
        contribute("test.journeyList", JourneysPage.ID, site -> created[0] = new JourneyList(site));
        contribute("test.lastButModel", null, site -> new JourneyList(site, "test.lastButModel"));

        PortfolioEditor editor = openSample();

        List<String> ids = pageIds(editor);
        assertEquals(ids.indexOf(JourneysPage.ID) + 1, ids.indexOf("test.journeyList"), "after the Journeys page");
        assertEquals(ids.indexOf(WorkflowsPage.ID), ids.indexOf("test.journeyList") + 1);
        assertEquals(ids.indexOf(ModelTreePage.ID) - 1, ids.indexOf("test.lastButModel"), "without a place: before Model");
        assertSame(editor, Adapters.adapt(editor, IPortfolioEditorSite.class));
        assertSame(editor.getPortfolio(), created[0].site.getPortfolio());

        editor.setActivePage("test.journeyList");
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(1);
        created[0].viewer.setSelection(new StructuredSelection(journey));
        Ui.flush();
        assertEquals(List.of(journey), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList(),
                "the page's viewer gives the editor its selection");

        editor.setActivePage(JourneysPage.ID);
        assertTrue(editor.open(journey), "a page that opens journeys");
        assertSame(created[0], editor.getActivePageInstance());
        assertSame(journey, created[0].opened);
    }

    @Test
    void theOutlineShowsThePagesOwnOutlineWhileItIsActive() throws Exception {
        JourneyList[] created = new JourneyList[1];
        contribute("test.journeyList", JourneysPage.ID, site -> created[0] = new JourneyList(site));
        PortfolioEditor editor = openSample();
        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        Ui.page().showView("org.eclipse.ui.views.ContentOutline");
        Ui.page().activate(editor);
        Ui.flush();
        assertNotNull(outline.getControl(), "the Outline shows the editor");

        editor.setActivePage("test.journeyList");
        Ui.flush();
        assertNotNull(created[0].outline, "the page was asked for its outline");
        assertTrue(created[0].outline.isVisible(), "the page's outline is shown");

        editor.setActivePage(JourneysPage.ID);
        Ui.flush();
        assertFalse(created[0].outline.isVisible());
        assertTrue(visibleTree((Composite) outline.getControl()), "the tree of the portfolio is back");
    }

    private static boolean visibleTree(Composite book) {
        for (Control child : book.getChildren()) {
            if (child instanceof Tree && child.isVisible()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFactoryThatThrowsCostsOnlyItsPage() throws Exception {
        PortfolioEditor plain = openSample();
        List<String> without = List.copyOf(pageIds(plain));
        Ui.page().closeEditor(plain, false);
        contribute("test.broken", JourneysPage.ID, site -> {
            throw new IllegalStateException("broken on purpose");
        });
        contribute("test.journeyList", JourneysPage.ID, JourneyList::new);

        PortfolioEditor editor = openSample();

        List<String> ids = pageIds(editor);
        assertFalse(ids.contains("test.broken"));
        assertTrue(ids.contains("test.journeyList"), "the other contribution is there");
        assertEquals(without.size() + 1, ids.size(), "the editor's own pages, the installed plug-ins' pages and the one that works");
        assertTrue(loggedAbout("test.broken"), "the failure is logged with the page and its plug-in: " + logged);
    }

    @Test
    void aPageThatFailsToCreateItsContentIsTakenOut() throws Exception {
        contribute("test.failing", JourneysPage.ID, site -> new JourneyList(site, "test.failing") {
            @Override
            protected void createFormContent(IManagedForm managedForm) {
                throw new IllegalStateException("content broken on purpose");
            }
        });
        PortfolioEditor editor = openSample();
        assertNotNull(editor.findPage("test.failing"), "the page is there until its content is made");

        editor.setActivePage("test.failing");

        assertTrue(Ui.waitFor(() -> editor.findPage("test.failing") == null), "the page went");
        assertTrue(loggedAbout("test.failing"), "logged with its plug-in: " + logged);

        editor.setActivePage(JourneysPage.ID);
        assertNotNull(((JourneysPage) editor.getActivePageInstance()).getViewer(), "the editor's pages still work");
    }

    @Test
    void aPageThatThrowsWhenAskedToShowAnElementIsTakenOut() throws Exception {
        contribute("test.showBroken", JourneysPage.ID, site -> new JourneyList(site, "test.showBroken") {
            @Override
            public boolean canShow(Object element) {
                throw new IllegalStateException("canShow broken on purpose");
            }
        });
        PortfolioEditor editor = openSample();
        editor.setActivePage("test.showBroken");
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);

        editor.showElements(List.of(journey));

        assertEquals(JourneysPage.ID, editor.getActivePageInstance().getId(), "the journey is shown on the Journeys page");
        assertTrue(Ui.waitFor(() -> editor.findPage("test.showBroken") == null), "the broken page went");
        assertTrue(loggedAbout("test.showBroken"));
    }

    @Test
    void theSiteGivesTheFindingsOfTheFileAndTellsWhenTheyChange() throws Exception {
        PortfolioEditor editor = openSample();
        IPortfolioEditorSite site = editor;
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        int[] told = new int[1];
        site.addFindingsListener(() -> told[0]++);

        org.eclipse.core.resources.IMarker marker = editor.getFile().createMarker(org.eclipse.core.resources.IMarker.PROBLEM);
        marker.setAttribute(org.eclipse.emf.ecore.EValidator.URI_ATTRIBUTE,
                org.eclipse.emf.ecore.util.EcoreUtil.getURI(journey).toString());

        assertTrue(Ui.waitFor(() -> told[0] > 0), "the listener was told");
        assertTrue(site.getFindings().contains(marker), "a problem marker that names an element is a finding");
        assertSame(journey, site.elementOf(marker));
    }

    /** A contributed page: the journeys in a list; it opens journeys and has an outline. */
    private static class JourneyList extends FormPage implements IPortfolioEditorPage {
        final IPortfolioEditorSite site;
        ListViewer viewer;
        Object opened;
        Label outline;

        JourneyList(IPortfolioEditorSite site) {
            this(site, "test.journeyList");
        }

        JourneyList(IPortfolioEditorSite site, String id) {
            super(id, "Journey list");
            this.site = site;
        }

        @Override
        protected void createFormContent(IManagedForm managedForm) {
            managedForm.getForm().getBody().setLayout(new org.eclipse.swt.layout.FillLayout());
            viewer = new ListViewer(managedForm.getForm().getBody(), SWT.SINGLE);
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            viewer.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((CustomerJourney) element).getName();
                }
            });
            viewer.setInput(site.getPortfolio().getJourneys());
            site.setSelectionSource(this, viewer);
        }

        @Override
        public boolean canShow(Object element) {
            return false;
        }

        @Override
        public void show(List<?> elements) {
            viewer.setSelection(new StructuredSelection(elements), true);
        }

        @Override
        public org.eclipse.jface.viewers.ISelectionProvider getSelectionSource() {
            return viewer;
        }

        @Override
        public boolean canOpen(Object element) {
            return element instanceof CustomerJourney;
        }

        @Override
        public void open(Object element) {
            opened = element;
        }

        @Override
        public Control createOutline(Composite parent) {
            outline = new Label(parent, SWT.NONE);
            outline.setText("the journeys' outline");
            return outline;
        }
    }

}
