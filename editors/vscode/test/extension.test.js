'use strict';
// Checks what can be checked without VS Code: the manifest's files exist and the grammar's patterns compile.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the files the manifest names exist', () => {
  assert.ok(fs.existsSync(path.join(root, manifest.main)));
  for (const language of manifest.contributes.languages) {
    JSON.parse(fs.readFileSync(path.join(root, language.configuration), 'utf8'));
  }
  for (const grammar of manifest.contributes.grammars) {
    assert.ok(fs.existsSync(path.join(root, grammar.path)));
  }
});

test('every pattern of the grammar compiles and highlights a sample', () => {
  const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'nn.tmLanguage.json'), 'utf8'));
  const patterns = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const key of ['match', 'begin', 'end']) if (typeof node[key] === 'string') patterns.push(node[key]);
      Object.values(node).forEach(walk);
    }
  };
  walk(grammar.repository);
  assert.ok(patterns.length > 10);
  for (const pattern of patterns) new RegExp(pattern, 'u');
  const layer = grammar.repository.words.patterns.find((p) => p.name === 'storage.type.layer.nn');
  assert.ok(new RegExp(layer.match, 'u').test('model m { dense 3 softmax }'));
  const statement = grammar.repository.statements.patterns[0];
  assert.ok(new RegExp(statement.match, 'u').test('  train mlp on digits.train'));
});
