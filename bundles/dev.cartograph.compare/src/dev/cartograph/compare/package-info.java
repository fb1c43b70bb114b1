// SPDX-License-Identifier: EPL-2.0
/**
 * Semantic diff and three-way merge of Cartograph models, by element identity (the UUIDs of the files) and
 * reflectively over every class and feature of the metamodel: a metamodel change needs no compare code. Plain Java on
 * EMF, used by the command line and the workbench.
 */
package dev.cartograph.compare;
