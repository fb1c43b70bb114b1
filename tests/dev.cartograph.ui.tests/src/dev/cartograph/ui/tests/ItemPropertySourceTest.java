// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.ui.viewers.CartographAdapterFactories;
import dev.cartograph.ui.viewers.ChoiceCellEditor;
import dev.cartograph.ui.viewers.DataTypeCellEditor;
import dev.cartograph.ui.viewers.DataTypeValues;
import dev.cartograph.ui.viewers.ItemPropertySourceProvider;
import dev.cartograph.ui.viewers.ReferenceCellEditor;

/**
 * The property source adapter over EMF item providers: what the Properties view lists, the
 * values it shows, the cell editor each property gets, and that every change it makes is an
 * undoable command.
 */
class ItemPropertySourceTest {

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private ItemPropertySourceProvider provider;
    private Shell shell;
    private Portfolio portfolio;
    private UseCase useCase;
    private Workflow workflow;
    private WorkflowStep step;

    @BeforeEach
    void setUp() {
        adapterFactory = CartographAdapterFactories.create();
        domain = CartographAdapterFactories.createEditingDomain(adapterFactory, ModelPersistence.createResourceSet());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/test.cartograph"));
        portfolio = CartographFactory.eINSTANCE.createPortfolio();
        workflow = CartographFactory.eINSTANCE.createWorkflow();
        workflow.setName("Claims intake");
        step = CartographFactory.eINSTANCE.createWorkflowStep();
        step.setName("Register the claim");
        workflow.getSteps().add(step);
        useCase = CartographFactory.eINSTANCE.createUseCase();
        useCase.setName("Claims triage");
        portfolio.getWorkflows().add(workflow);
        portfolio.getUseCases().add(useCase);
        resource.getContents().add(portfolio);
        provider = new ItemPropertySourceProvider(adapterFactory);
        shell = new Shell(Display.getCurrent());
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        adapterFactory.dispose();
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String displayName) {
        return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + displayName));
    }

    @Test
    void listsTheUseCasePropertiesWithTheirNames() {
        IPropertySource source = provider.getPropertySource(useCase);
        List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
        assertTrue(names.containsAll(List.of("Name", "Description", "Scope", "Status", "Rejection reason", "AI pattern",
                "Workflow steps", "Journey stages", "Frictions", "Depends on", "Wave")), names.toString());
        assertSame(useCase, source.getEditableValue());
    }

    @Test
    void showsValuesWithTheirLabels() {
        useCase.setStatus(UseCaseStatus.BUSINESS_CASE);
        IPropertySource source = provider.getPropertySource(useCase);
        IPropertyDescriptor status = descriptor(source, "Status");
        Object value = source.getPropertyValue(status.getId());
        IPropertySource wrapper = provider.getPropertySource(value);
        assertEquals(UseCaseStatus.BUSINESS_CASE, wrapper.getEditableValue(), "the value to edit is the status itself");
        assertEquals("Business case", status.getLabelProvider().getText(wrapper.getEditableValue()));
        assertEquals(0, wrapper.getPropertyDescriptors().length, "a plain value has no nested properties");
    }

    @Test
    void aChangeIsACommandThatCanBeUndone() {
        IPropertySource source = provider.getPropertySource(useCase);
        IPropertyDescriptor name = descriptor(source, "Name");

        source.setPropertyValue(name.getId(), "Claims triage and routing");

        assertEquals("Claims triage and routing", useCase.getName());
        assertTrue(domain.getCommandStack().canUndo(), "the change is on the command stack");
        domain.getCommandStack().undo();
        assertEquals("Claims triage", useCase.getName());
    }

    @Test
    void resettingAnUnsettableNumberUnsetsIt() {
        workflow.setVolume(1200);
        IPropertySource source = provider.getPropertySource(workflow);
        IPropertyDescriptor volume = descriptor(source, "Volume");
        assertTrue(source.isPropertySet(volume.getId()));

        source.resetPropertyValue(volume.getId());

        assertFalse(workflow.isSetVolume(), "no volume any more, not a volume of 0");
        domain.getCommandStack().undo();
        assertEquals(1200, workflow.getVolume());
    }

    @Test
    void eachKindOfPropertyGetsTheEditorThatSuitsIt() {
        IPropertySource source = provider.getPropertySource(useCase);
        assertInstanceOf(DataTypeCellEditor.class, descriptor(source, "Name").createPropertyEditor(shell));
        CellEditor status = descriptor(source, "Status").createPropertyEditor(shell);
        assertInstanceOf(ChoiceCellEditor.class, status);
        assertEquals(List.of(UseCaseStatus.values()), ((ChoiceCellEditor) status).getValues(), "every status, in order");
        assertInstanceOf(ReferenceCellEditor.class, descriptor(source, "Workflow steps").createPropertyEditor(shell));
        assertInstanceOf(ReferenceCellEditor.class, descriptor(source, "Wave").createPropertyEditor(shell));
        IPropertySource friction = provider.getPropertySource(CartographFactory.eINSTANCE.createFriction());
        assertInstanceOf(CheckboxCellEditor.class, descriptor(friction, "Drives churn").createPropertyEditor(shell));
    }

    @Test
    void aNumberEditorRefusesTextThatIsNotANumberWithAClearMessage() {
        IPropertySource source = provider.getPropertySource(workflow);
        CellEditor volume = descriptor(source, "Volume").createPropertyEditor(shell);
        volume.setValue(1200.0);
        assertTrue(volume.isValueValid());

        assertEquals("\"1.2.3\" is not a number: use digits, for example "
                + DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 1250.5) + " (or 1250.5).",
                volume.getValidator().isValid("1.2.3"));
        assertNull(volume.getValidator().isValid("1250.5"));
        assertNull(volume.getValidator().isValid(DataTypeValues.toText(EcorePackage.Literals.EDOUBLE, 1200.0)),
                "the number as the locale writes it (1,200 in English)");
        assertNull(volume.getValidator().isValid(""), "empty is allowed: it unsets the volume");
    }

    @Test
    void aDateEditorSaysHowToWriteADate() {
        IPropertySource source = provider.getPropertySource(CartographFactory.eINSTANCE.createWave());
        CellEditor start = descriptor(source, "Start").createPropertyEditor(shell);
        assertEquals("\"2026/31/03\" is not a date: write it as "
                + DataTypeValues.toText(Literals.DATE, java.time.LocalDate.of(2026, 3, 31))
                + ", or as year-month-day (2026-03-31).", start.getValidator().isValid("2026/31/03"));
        assertNull(start.getValidator().isValid("2026-03-31"));
    }

    @Test
    void aChoiceEditorGivesBackTheValueNotItsPosition() {
        ChoiceCellEditor status = (ChoiceCellEditor) descriptor(provider.getPropertySource(useCase), "Status")
                .createPropertyEditor(shell);
        status.setValue(UseCaseStatus.PILOT);
        assertEquals(UseCaseStatus.PILOT, status.getValue());
    }

    @Test
    void settingAReferenceThroughTheSourceAnchorsTheUseCase() {
        IPropertySource source = provider.getPropertySource(useCase);
        IPropertyDescriptor steps = descriptor(source, "Workflow steps");

        source.setPropertyValue(steps.getId(), List.of(step));

        assertEquals(List.of(step), useCase.getSteps());
        assertEquals(List.of(useCase), step.getUseCases(), "the step knows the use case anchored on it");
        domain.getCommandStack().undo();
        assertTrue(useCase.getSteps().isEmpty(), "undone");
        assertTrue(step.getUseCases().isEmpty());
    }
}
