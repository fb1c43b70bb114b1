// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.report.Paper;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.scoring.Quadrant;

/**
 * Asks how to make a report: format, paper, language and where to write; for the portfolio
 * report also the template folder, the sections and which use cases. Remembers its choices
 * (except the file, which starts in the portfolio's folder) in the bundle's dialog settings.
 */
final class ReportDialog extends TitleAreaDialog {

    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String PAPER = "paper"; //$NON-NLS-1$
    private static final String LANGUAGE = "language"; //$NON-NLS-1$
    private static final String TEMPLATE = "template"; //$NON-NLS-1$
    private static final String SUMMARY = "summary"; //$NON-NLS-1$
    private static final String ONE_PAGERS = "onePagers"; //$NON-NLS-1$
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final boolean portfolio;
    private final String subject;
    private final Path defaultOutput;
    private final List<String> waves;
    private final IDialogSettings settings;

    private Combo format;
    private Combo paper;
    private Combo language;
    private Text template;
    private Button summary;
    private Button onePagers;
    private Combo quadrant;
    private Combo wave;
    private Text output;
    private ReportChoices choices;

    /**
     * @param shell the parent
     * @param portfolio {@code true} for the portfolio report, {@code false} for one business case
     * @param subject the portfolio's or use case's name, for the message
     * @param defaultOutput the file proposed, in the portfolio's folder, with a PDF extension
     * @param waves the roadmap's waves by name, for the filter
     * @param settings where the choices are remembered
     */
    ReportDialog(Shell shell, boolean portfolio, String subject, Path defaultOutput, List<String> waves,
            IDialogSettings settings) {
        super(shell);
        this.portfolio = portfolio;
        this.subject = subject;
        this.defaultOutput = defaultOutput;
        this.waves = List.copyOf(waves);
        IDialogSettings section = settings.getSection(portfolio ? "portfolioReport" : "businessCase"); //$NON-NLS-1$ //$NON-NLS-2$
        this.settings = section != null ? section : settings.addNewSection(portfolio ? "portfolioReport" : "businessCase"); //$NON-NLS-1$ //$NON-NLS-2$
        setHelpAvailable(false);
    }

    /** @return what the user chose, once the dialog was closed with Generate */
    ReportChoices choices() {
        return choices;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    private String title() {
        return portfolio ? Messages.ReportDialog_titlePortfolio : Messages.ReportDialog_titleOnePager;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        setMessage(NLS.bind(portfolio ? Messages.ReportDialog_messagePortfolio : Messages.ReportDialog_messageOnePager,
                subject));
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);
        format = combo(form, Messages.ReportDialog_format, List.of(Messages.ReportDialog_formatPdf,
                Messages.ReportDialog_formatHtml), index(settings.get(FORMAT), ReportFormat.values()));
        paper = combo(form, Messages.ReportDialog_paper, List.of(Messages.ReportDialog_paperA4,
                Messages.ReportDialog_paperLetter), index(settings.get(PAPER), Paper.values()));
        language = combo(form, Messages.ReportDialog_language, LANGUAGES.stream().map(l -> l.getDisplayName(l)).map(
                n -> n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1)).toList(), languageIndex());
        if (portfolio) {
            template = path(form, Messages.ReportDialog_template, Messages.ReportDialog_browse, this::browseTemplate);
            template.setMessage(Messages.ReportDialog_templateHint);
            template.setText(settings.get(TEMPLATE) == null ? "" : settings.get(TEMPLATE)); //$NON-NLS-1$
            new Label(form, SWT.NONE).setText(Messages.ReportDialog_sections);
            summary = check(form, Messages.ReportDialog_summary, settings.get(SUMMARY) == null || settings.getBoolean(SUMMARY));
            new Label(form, SWT.NONE);
            onePagers = check(form, Messages.ReportDialog_onePagers,
                    settings.get(ONE_PAGERS) == null || settings.getBoolean(ONE_PAGERS));
            List<String> quadrants = new ArrayList<>(List.of(Messages.ReportDialog_allQuadrants));
            for (Quadrant q : Quadrant.values()) {
                quadrants.add(q.label(Locale.getDefault()));
            }
            quadrant = combo(form, Messages.ReportDialog_quadrant, quadrants, 0);
            List<String> waveItems = new ArrayList<>(List.of(Messages.ReportDialog_allWaves));
            waveItems.addAll(waves);
            wave = combo(form, Messages.ReportDialog_wave, waveItems, 0);
            onePagers.addListener(SWT.Selection, e -> update());
            summary.addListener(SWT.Selection, e -> update());
        }
        output = path(form, Messages.ReportDialog_output, Messages.ReportDialog_browseOutput, this::browseOutput);
        output.setText(withExtension(defaultOutput.toString(), selectedFormat()));
        format.addListener(SWT.Selection, e -> output.setText(withExtension(output.getText(), selectedFormat())));
        output.addListener(SWT.Modify, e -> update());
        if (template != null) {
            template.addListener(SWT.Modify, e -> update());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.ReportDialog_generate, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private int languageIndex() {
        String remembered = settings.get(LANGUAGE);
        String wanted = remembered != null ? remembered : Locale.getDefault().getLanguage();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            if (LANGUAGES.get(i).getLanguage().equals(wanted)) {
                return i;
            }
        }
        return 0;
    }

    private static <E extends Enum<E>> int index(String remembered, E[] values) {
        for (E value : values) {
            if (value.name().equals(remembered)) {
                return value.ordinal();
            }
        }
        return 0;
    }

    private static Combo combo(Composite form, String label, List<String> items, int selected) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.select(selected);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        return combo;
    }

    private static Button check(Composite form, String label, boolean checked) {
        Button button = new Button(form, SWT.CHECK);
        button.setText(label);
        button.setSelection(checked);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
        return button;
    }

    private static Text path(Composite form, String label, String browse, Runnable onBrowse) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        Button button = new Button(form, SWT.PUSH);
        button.setText(browse);
        button.addListener(SWT.Selection, e -> onBrowse.run());
        return text;
    }

    private void browseTemplate() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.ReportDialog_templateTitle);
        if (!template.getText().isBlank()) {
            dialog.setFilterPath(template.getText().strip());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            template.setText(chosen);
        }
    }

    private void browseOutput() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        Path current = parse(output.getText());
        if (current != null && current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String extension = "*." + selectedFormat().extension(); //$NON-NLS-1$
        dialog.setFilterExtensions(new String[] { extension });
        String chosen = dialog.open();
        if (chosen != null) {
            output.setText(withExtension(chosen, selectedFormat()));
        }
    }

    private ReportFormat selectedFormat() {
        return ReportFormat.values()[Math.max(0, format.getSelectionIndex())];
    }

    /** Gives the file the format's extension, replacing the other format's. */
    static String withExtension(String file, ReportFormat wanted) {
        String stripped = file.strip();
        for (ReportFormat f : ReportFormat.values()) {
            if (stripped.toLowerCase(Locale.ROOT).endsWith('.' + f.extension())) {
                stripped = stripped.substring(0, stripped.length() - f.extension().length() - 1);
                break;
            }
        }
        return stripped.isEmpty() ? stripped : stripped + '.' + wanted.extension();
    }

    private static Path parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void update() {
        String problem = problem();
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
    }

    private String problem() {
        if (output == null) {
            return null;
        }
        Path file = parse(output.getText());
        if (file == null) {
            return Messages.ReportDialog_noOutput;
        }
        if (Files.isDirectory(file)) {
            return NLS.bind(Messages.ReportDialog_outputIsFolder, file);
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            return NLS.bind(Messages.ReportDialog_outputNoFolder, file.getParent());
        }
        if (template != null && !template.getText().isBlank()) {
            Path folder = parse(template.getText());
            if (folder == null || !Files.isDirectory(folder)) {
                return NLS.bind(Messages.ReportDialog_noTemplate, template.getText().strip());
            }
        }
        if (portfolio && !summary.getSelection() && !onePagers.getSelection()) {
            return Messages.ReportDialog_nothing;
        }
        return null;
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            return;
        }
        ReportFormat chosenFormat = selectedFormat();
        Paper chosenPaper = Paper.values()[Math.max(0, paper.getSelectionIndex())];
        Locale locale = LANGUAGES.get(Math.max(0, language.getSelectionIndex()));
        Path folder = template == null || template.getText().isBlank() ? null : parse(template.getText());
        boolean withSummary = summary == null || summary.getSelection();
        boolean withPages = onePagers == null || onePagers.getSelection();
        Quadrant chosenQuadrant = quadrant == null || quadrant.getSelectionIndex() <= 0 ? null
                : Quadrant.values()[quadrant.getSelectionIndex() - 1];
        String chosenWave = wave == null || wave.getSelectionIndex() <= 0 ? null : waves.get(wave.getSelectionIndex() - 1);
        choices = new ReportChoices(chosenFormat, chosenPaper, locale, folder, withSummary, withPages, chosenQuadrant,
                chosenWave, parse(output.getText()));
        settings.put(FORMAT, chosenFormat.name());
        settings.put(PAPER, chosenPaper.name());
        settings.put(LANGUAGE, locale.getLanguage());
        if (portfolio) {
            settings.put(TEMPLATE, folder == null ? "" : folder.toString()); //$NON-NLS-1$
            settings.put(SUMMARY, withSummary);
            settings.put(ONE_PAGERS, withPages);
        }
        super.okPressed();
    }

    // For the tests (a fragment of this bundle): the widgets a user would fill in.

    Combo format() {
        return format;
    }

    Combo language() {
        return language;
    }

    Text template() {
        return template;
    }

    Text output() {
        return output;
    }

    Button summary() {
        return summary;
    }

    Button onePagers() {
        return onePagers;
    }
}
