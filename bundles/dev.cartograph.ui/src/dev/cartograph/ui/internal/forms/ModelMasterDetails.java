// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.ui.internal.pages.PortfolioFormPage;

/**
 * A master list (or tree) of model elements beside the details of the selected element, as
 * Eclipse forms lay them out: the master in a section with its buttons, the details from a page
 * per kind of element. The master viewer is the editor's selection while the page is active and
 * has the editor's context menu.
 */
public final class ModelMasterDetails extends MasterDetailsBlock {

    private final PortfolioFormPage page;
    private final String title;
    private final String description;
    private final Function<Composite, StructuredViewer> viewerFactory;
    private final BiConsumer<Composite, FormToolkit> buttonsFactory;
    private final Function<EClass, BiConsumer<FieldFactory, Composite>> detailsFactory;
    private StructuredViewer viewer;

    /**
     * @param page the page
     * @param title the master section's title
     * @param description the master section's description
     * @param viewerFactory creates the master viewer in the given composite
     * @param buttonsFactory creates the buttons above the master (a wrapping row)
     * @param detailsFactory the builder of the details of each kind of element ({@code null} for
     *        none)
     */
    public ModelMasterDetails(PortfolioFormPage page, String title, String description,
            Function<Composite, StructuredViewer> viewerFactory, BiConsumer<Composite, FormToolkit> buttonsFactory,
            Function<EClass, BiConsumer<FieldFactory, Composite>> detailsFactory) {
        this.page = page;
        this.title = title;
        this.description = description;
        this.viewerFactory = viewerFactory;
        this.buttonsFactory = buttonsFactory;
        this.detailsFactory = detailsFactory;
    }

    @Override
    protected void createMasterPart(IManagedForm managedForm, Composite parent) {
        FormToolkit toolkit = managedForm.getToolkit();
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(client);
        section.setClient(client);
        // The buttons are a row above the list, which keeps the whole width of the master.
        Composite buttons = toolkit.createComposite(client);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        buttons.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        buttonsFactory.accept(buttons, toolkit);
        viewer = viewerFactory.apply(client);
        Control master = viewer.getControl();
        while (master.getParent() != client) {
            master = master.getParent();
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(150, 120).applyTo(master);
        toolkit.paintBordersFor(client);
        SectionPart part = new SectionPart(section);
        managedForm.addPart(part);
        viewer.addSelectionChangedListener(event -> managedForm.fireSelectionChanged(part, event.getSelection()));
        // A journey or a workflow opens on its map, if a page shows maps; anything else shows its details.
        viewer.addDoubleClickListener(event -> {
            Object element = viewer.getStructuredSelection().getFirstElement();
            if (element == null || !page.editor().open(element)) {
                page.focusDetails();
            }
        });
        page.hookContextMenu(viewer);
        page.setSelectionSource(viewer);
    }

    @Override
    public void createContent(IManagedForm managedForm) {
        super.createContent(managedForm);
        // The form does not scroll as a whole: the master list and the details scroll on their own.
        managedForm.getForm().setExpandVertical(true);
        if (sashForm.getLayoutData() instanceof GridData data) {
            data.heightHint = 150;
            data.widthHint = 300;
        }
    }

    @Override
    protected void registerPages(DetailsPart details) {
        details.setPageProvider(new IDetailsPageProvider() {
            @Override
            public Object getPageKey(Object object) {
                return object instanceof EObject element ? element.eClass() : object.getClass();
            }

            @Override
            public IDetailsPage getPage(Object key) {
                BiConsumer<FieldFactory, Composite> builder = key instanceof EClass eClass ? detailsFactory.apply(eClass) : null;
                return builder == null ? null : new ElementDetailsPage(page.editor(), builder);
            }
        });
    }

    @Override
    protected void createToolBarActions(IManagedForm managedForm) {
        // The page's heading has the editor's actions.
    }

    /** @return the master viewer */
    public StructuredViewer getViewer() {
        return viewer;
    }

    /** @return the details page showing the selected element, if any */
    public ElementDetailsPage getCurrentDetails() {
        return detailsPart.getCurrentPage() instanceof ElementDetailsPage details ? details : null;
    }

    /**
     * Sets the relative widths of master and details.
     *
     * @param master the master's weight
     * @param details the details' weight
     */
    public void setWeights(int master, int details) {
        sashForm.setWeights(master, details);
    }

    /**
     * Selects elements in the master.
     *
     * @param elements the elements
     */
    public void select(List<?> elements) {
        viewer.setSelection(new StructuredSelection(elements), true);
    }

    /**
     * Creates a push button in the row of buttons above the master.
     *
     * @param parent the row of buttons
     * @param toolkit the toolkit
     * @param text the button's text
     * @param action what it does
     * @return the button
     */
    public static Button button(Composite parent, FormToolkit toolkit, String text, Runnable action) {
        Button button = toolkit.createButton(parent, text, SWT.PUSH);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }
}
