// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Formats;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.actions.NewElementAction;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;
import dev.cartograph.ui.internal.forms.ViewerRefresher;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.viewers.ColumnSorter;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.Labels;

/**
 * The use cases: a filterable list with their status, scope and live rank, beside the details of
 * the selected one (general, anchors, links, business case and KPIs, scores).
 */
public final class UseCasesPage extends PortfolioFormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.useCases"; //$NON-NLS-1$

    private ModelMasterDetails block;
    private TableViewer viewer;
    private Text filter;
    private ScoringResult scoring;
    private final PortfolioScoring.Listener scoringChanged = result -> {
        scoring = result;
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    };

    /** @param editor the editor */
    public UseCasesPage(PortfolioEditor editor) {
        super(editor, ID, Messages.UseCasesPage_title, CartographImages.USE_CASE);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        PortfolioScoring session = editor().getScoring();
        if (session != null) {
            scoring = session.current();
            session.addListener(scoringChanged);
        }
        block = new ModelMasterDetails(this, Messages.UseCasesPage_master, Messages.UseCasesPage_masterDescription,
                this::createViewer, this::createButtons, this::details);
        block.createContent(managedForm);
        block.setWeights(45, 55);
    }

    private java.util.function.BiConsumer<dev.cartograph.ui.internal.forms.FieldFactory, Composite> details(EClass eClass) {
        return eClass == Literals.USE_CASE ? UseCaseDetails::build : null;
    }

    private StructuredViewer createViewer(Composite parent) {
        FormToolkit toolkit = getManagedForm().getToolkit();
        Composite area = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
        filter = toolkit.createText(area, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL); //$NON-NLS-1$
        filter.setMessage(Messages.UseCasesPage_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Composite tableArea = toolkit.createComposite(area);
        GridDataFactory.fillDefaults().grab(true, true).hint(150, 120).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        viewer = new TableViewer(toolkit.createTable(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(editor().getAdapterFactory());
        ColumnSorter sorter = ColumnSorter.of(viewer);
        sorter.sortable(column(layout, Labels.feature(Literals.NAMED_ELEMENT__NAME), 50, 140, SWT.LEAD,
                u -> labels.getText(u), labels), e -> labels.getText(e));
        sorter.sortable(column(layout, Labels.feature(Literals.USE_CASE__STATUS), 18, 80, SWT.LEAD,
                u -> Labels.literal(Literals.USE_CASE_STATUS, u.getStatus()), null), e -> ((UseCase) e).getStatus());
        sorter.sortable(column(layout, Labels.feature(Literals.USE_CASE__SCOPE), 14, 65, SWT.LEAD,
                u -> Labels.literal(Literals.SCOPE, u.getScope()), null), e -> ((UseCase) e).getScope());
        sorter.sortable(column(layout, Messages.Ranking_rank, 8, 40, SWT.RIGHT, u -> rank(u), null), e -> {
            int rank = scoring == null ? 0 : scoring.rankOf((UseCase) e);
            return rank == 0 ? null : rank;
        });
        sorter.sortable(column(layout, Messages.Ranking_overall, 10, 50, SWT.RIGHT,
                u -> score(u).map(s -> Formats.score(s.overall())).orElse(""), null), //$NON-NLS-1$
                e -> score((UseCase) e).map(UseCaseScore::overall).orElse(null));
        viewer.setContentProvider(new ObservableListContentProvider<>());
        @SuppressWarnings({ "unchecked", "rawtypes" })
        IObservableList<Object> useCases = (IObservableList) EMFEditProperties
                .list(editor().getEditingDomain(), Literals.PORTFOLIO__USE_CASES).observe(editor().getPortfolio());
        viewer.setInput(useCases);
        viewer.getControl().addDisposeListener(event -> {
            useCases.dispose();
            labels.dispose();
        });
        ViewerRefresher.install(viewer, editor().getAdapterFactory());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().strip().toLowerCase(Locale.ROOT);
                return text.isEmpty() || labels.getText(element).toLowerCase(Locale.ROOT).contains(text);
            }
        });
        filter.addModifyListener(event -> viewer.refresh());
        return viewer;
    }

    private java.util.Optional<UseCaseScore> score(UseCase useCase) {
        return scoring == null ? java.util.Optional.empty() : scoring.find(useCase);
    }

    private String rank(UseCase useCase) {
        return scoring == null ? "" : scoring.rankLabel(useCase); //$NON-NLS-1$
    }

    private TableColumn column(TableColumnLayout layout, String title, int weight, int minimumWidth, int align,
            Function<UseCase, String> text, ItemProviderLabelProvider images) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight,
                Math.max(minimumWidth, ColumnWidths.minimum(viewer.getTable(), title, 3))));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof UseCase useCase ? text.apply(useCase) : ""; //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object element) {
                return images == null ? null : images.getImage(element);
            }
        });
        return column.getColumn();
    }

    private void createButtons(Composite parent, FormToolkit toolkit) {
        ModelMasterDetails.button(parent, toolkit, Messages.UseCasesPage_new, () -> NewElementAction.useCase(editor()).run());
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_delete, () -> new ModelEdits(editor()).delete(viewer));
    }

    @Override
    public boolean canShow(Object element) {
        return useCaseOf(element) != null;
    }

    private static UseCase useCaseOf(Object element) {
        for (Object current = element; current instanceof EObject eObject; current = eObject.eContainer()) {
            if (current instanceof UseCase useCase) {
                return useCase;
            }
        }
        return null;
    }

    @Override
    public void show(List<?> elements) {
        List<Object> useCases = new ArrayList<>();
        for (Object element : elements) {
            UseCase useCase = useCaseOf(element);
            if (useCase != null && !useCases.contains(useCase)) {
                useCases.add(useCase);
            }
        }
        if (!useCases.isEmpty() && viewer != null) {
            if (!filter.getText().isEmpty()) {
                filter.setText(""); //$NON-NLS-1$
            }
            block.select(useCases);
        }
    }

    @Override
    public void focusDetails() {
        if (block != null && block.getCurrentDetails() != null) {
            block.getCurrentDetails().setFocus();
        }
    }

    /** @return the list of use cases */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the master-details block */
    public ModelMasterDetails getBlock() {
        return block;
    }

    /** @return the filter field */
    public Text getFilter() {
        return filter;
    }

    @Override
    public void dispose() {
        if (editor().getScoring() != null) {
            editor().getScoring().removeListener(scoringChanged);
        }
        super.dispose();
    }
}
