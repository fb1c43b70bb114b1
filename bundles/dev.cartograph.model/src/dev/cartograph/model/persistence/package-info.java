// SPDX-License-Identifier: EPL-2.0
/**
 * Loading and saving Cartograph models as {@code .cartograph} files, with or without OSGi.
 * <p>
 * {@link dev.cartograph.model.persistence.ModelPersistence} is the entry point:
 * <pre>
 * Portfolio portfolio = ModelPersistence.load(path);      // throws ModelLoadException with a clear message
 * portfolio.setName("Renamed");
 * ModelPersistence.save(portfolio.eResource());            // atomic: the previous file survives any failure
 * </pre>
 * Files are XMI in UTF-8 with {@code "\n"} line ends; every element has a UUID; saving an unchanged model writes
 * the same bytes; untrusted files are loaded safely; content of a newer minor version is kept; older versions are
 * upgraded by {@link dev.cartograph.model.persistence.ModelMigration migrations}. See
 * {@link dev.cartograph.model.persistence.CartographResource} for the details.
 */
package dev.cartograph.model.persistence;
