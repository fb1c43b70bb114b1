// SPDX-License-Identifier: EPL-2.0
/**
 * The headless validation core of Cartograph: checks a portfolio against the discovery method
 * (METHOD.md) and reports findings a business user understands.
 * <ul>
 * <li>{@link dev.cartograph.validation.ValidationRule} and {@link dev.cartograph.validation.RuleRegistry}:
 * the rules, built in ({@link dev.cartograph.validation.BuiltInRules}), contributed by plug-ins or
 * built in code ({@link dev.cartograph.validation.ValidationRule#builder(String)});</li>
 * <li>{@link dev.cartograph.validation.PortfolioValidation}: validates a portfolio, with its
 * {@link dev.cartograph.scoring.ScoringResult}, into an immutable
 * {@link dev.cartograph.validation.ValidationReport} of {@link dev.cartograph.validation.Finding}s;</li>
 * <li>{@link dev.cartograph.validation.QuickFix}: obvious repairs as undoable EMF commands;</li>
 * <li>{@link dev.cartograph.validation.CartographValidator} and
 * {@link dev.cartograph.validation.ComposedValidator}: the same rules as an EMF
 * {@link org.eclipse.emf.ecore.EValidator}, for {@code Diagnostician} and EMF tools.</li>
 * </ul>
 * Plain Java on the EMF model: no OSGi API, usable from the command line and plain JUnit.
 */
package dev.cartograph.validation;
