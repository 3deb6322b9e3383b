'use strict';
// Starts `nn lsp` for .nn files and connects VS Code to it over standard input and output.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('neurona').get('command', 'nn');
  const serverOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'nn' },
      { scheme: 'untitled', language: 'nn' },
    ],
  };
  client = new LanguageClient('neurona', 'Neurona nn lsp', serverOptions, clientOptions);
  client.start().catch((error) => {
    vscode.window.showErrorMessage(
      `Neurona: cannot start '${command} lsp' (${error.message}). ` +
        'Set "neurona.command" to the nn launcher of your Neurona build.');
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
