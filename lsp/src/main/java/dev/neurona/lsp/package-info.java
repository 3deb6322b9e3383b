/**
 * {@code nn lsp}: the {@code .nn} language for editors over the Language Server Protocol 3.17,
 * built on Eclipse LSP4J. Diagnostics come from the language's own parser and checker, as
 * {@code nn check} prints them, checked on a background thread a short while after the text
 * stops changing; completion offers the checker's own tables of words for the place the cursor
 * is in ({@link dev.neurona.lsp.Completions}); hover, definition, references and the outline
 * come from the syntax tree and what the check learnt of each name; formatting is
 * {@link dev.neurona.lsp.ScriptFormatter}. All of it is written in the editor's language, English
 * or Spanish ({@link dev.neurona.lsp.NnLanguageServer}): diagnostics, hovers (keyword lines from
 * {@code keywords.properties} and {@code keywords_es.properties}, the rest from the runtime's
 * message bundles) and completion details. Nothing here writes to standard output, which
 * carries the protocol.
 */
@NullMarked
package dev.neurona.lsp;

import org.jspecify.annotations.NullMarked;
