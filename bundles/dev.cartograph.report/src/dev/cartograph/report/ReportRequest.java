// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import dev.cartograph.maps.MapRenderer;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.validation.ValidationReport;

/**
 * What to put in a report and how. Build one with {@link #builder(ScoringResult)}.
 *
 * @param scoring the scored portfolio
 * @param useCases the use cases that get a one-pager, in this order
 * @param summary whether the cover, executive summary and appendix come with them
 * @param format PDF or HTML
 * @param paper the page size
 * @param locale the language and number formats
 * @param templateFolder an organisation's template folder, or {@code null} for the defaults
 * @param maps draws the map excerpts, or {@code null} for a report without maps
 * @param validation gives what validation finds, for the summary; may be {@code null}
 * @param today the date printed on the cover
 * @param sensitivity how the rank robustness printed on each one-pager is measured, or
 *        {@code null} for none
 */
public record ReportRequest(ScoringResult scoring, List<UseCase> useCases, boolean summary, ReportFormat format,
        Paper paper, Locale locale, Path templateFolder, MapRenderer maps, Supplier<ValidationReport> validation,
        LocalDate today, SensitivityOptions sensitivity) {

    /** Copies the list. */
    public ReportRequest {
        Objects.requireNonNull(scoring);
        useCases = List.copyOf(useCases);
        Objects.requireNonNull(format);
        Objects.requireNonNull(paper);
        Objects.requireNonNull(locale);
        Objects.requireNonNull(today);
    }

    /**
     * @param scoring the scored portfolio
     * @return a builder for the whole portfolio report: every use case in rank order (then the
     *         unranked ones), PDF, A4, the default locale, the default templates, no maps, the
     *         rank robustness of the default sensitivity analysis
     */
    public static Builder builder(ScoringResult scoring) {
        return new Builder(scoring);
    }

    /** Builds a {@link ReportRequest}. */
    public static final class Builder {
        private final ScoringResult scoring;
        private List<UseCase> useCases;
        private boolean summary = true;
        private ReportFormat format = ReportFormat.PDF;
        private Paper paper = Paper.A4;
        private Locale locale = Locale.getDefault();
        private Path templateFolder;
        private MapRenderer maps;
        private Supplier<ValidationReport> validation;
        private LocalDate today = LocalDate.now();
        private SensitivityOptions sensitivity = SensitivityOptions.defaults();

        private Builder(ScoringResult scoring) {
            this.scoring = Objects.requireNonNull(scoring);
            useCases = RankOrder.of(scoring);
        }

        /**
         * A one-pager: that use case alone, without summary.
         *
         * @param useCase the use case
         * @return this builder
         */
        public Builder onePager(UseCase useCase) {
            useCases = List.of(useCase);
            summary = false;
            return this;
        }

        /** @param value the use cases with a one-pager, in that order @return this builder */
        public Builder useCases(List<UseCase> value) {
            useCases = value;
            return this;
        }

        /** @param value whether cover, summary and appendix are included @return this builder */
        public Builder summary(boolean value) {
            summary = value;
            return this;
        }

        /** @param value the format @return this builder */
        public Builder format(ReportFormat value) {
            format = value;
            return this;
        }

        /** @param value the page size @return this builder */
        public Builder paper(Paper value) {
            paper = value;
            return this;
        }

        /** @param value the language and number formats @return this builder */
        public Builder locale(Locale value) {
            locale = value;
            return this;
        }

        /** @param value the template folder, or {@code null} for the defaults @return this builder */
        public Builder templateFolder(Path value) {
            templateFolder = value;
            return this;
        }

        /** @param value draws the maps, or {@code null} @return this builder */
        public Builder maps(MapRenderer value) {
            maps = value;
            return this;
        }

        /** @param value gives the validation findings, or {@code null} @return this builder */
        public Builder validation(Supplier<ValidationReport> value) {
            validation = value;
            return this;
        }

        /** @param value the date printed on the cover @return this builder */
        public Builder today(LocalDate value) {
            today = value;
            return this;
        }

        /**
         * @param value how rank robustness is measured, or {@code null} for none
         * @return this builder
         */
        public Builder sensitivity(SensitivityOptions value) {
            sensitivity = value;
            return this;
        }

        /** @return the request */
        public ReportRequest build() {
            return new ReportRequest(scoring, useCases, summary, format, paper, locale, templateFolder, maps,
                    validation, today, sensitivity);
        }
    }
}
