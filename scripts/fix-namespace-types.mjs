#!/usr/bin/env node
// Makes the types of the root's namespaces (`accordo.growth.GrowthRate`, ...) types in the
// published declarations. Runs after tsup ("build": "tsup && node scripts/fix-namespace-types.mjs
// && ...").
//
// The root declares `export * as growth from "./growth/index.js"`, and each namespace's index.ts
// re-exports its types. tsup's declaration bundler (rollup-plugin-dts 6.1) writes such a namespace
// as `declare const index_Share: typeof Share;` plus `declare namespace index { export { index_Share
// as Share, ... } }`, and it writes `type index_Share = Share` instead only when `Share` is declared
// in the same chunk. A type imported from a shared chunk (`import { S as Share } from
// './types-….js'`) thus becomes `typeof` a type: TS2693 for every consumer with skipLibCheck off,
// and no type `accordo.growth.Share` for the others.
//
// For each such `declare const <ns>_<X>: typeof <X>;` whose <X> is an import that resolves to a
// type only (no value), this removes the line and exports <X> itself from the namespace
// (`export { Share as Share }`), which also keeps generic types whole.
import { readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ts = createRequire(join(root, "package.json"))("typescript");
const dist = join(root, "dist");
const files = readdirSync(dist)
  .filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"))
  .map((f) => join(dist, f));

const program = ts.createProgram(files, {
  noEmit: true,
  skipLibCheck: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
});
const checker = program.getTypeChecker();

let fixed = 0;
let changedFiles = 0;
for (const file of files) {
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`fix-namespace-types: ${file} is not in the program`);
  // local name -> does its import resolve to a type only?
  const typeOnly = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const alias = checker.getSymbolAtLocation(element.name);
      if (alias === undefined) continue;
      const target = alias.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(alias) : alias;
      if (target === undefined || target.flags & ts.SymbolFlags.Unknown) continue;
      typeOnly.set(element.name.text, (target.flags & ts.SymbolFlags.Value) === 0);
    }
  }
  const edits = []; // [start, end, replacement]
  const renamed = new Map(); // <ns>_<X> -> <X>
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const [declaration] = statement.declarationList.declarations;
    if (statement.declarationList.declarations.length !== 1 || !ts.isIdentifier(declaration.name)) continue;
    const type = declaration.type;
    if (type === undefined || !ts.isTypeQueryNode(type) || !ts.isIdentifier(type.exprName)) continue;
    const local = type.exprName.text;
    const name = declaration.name.text;
    if (typeOnly.get(local) !== true || !name.endsWith(`_${local}`)) continue;
    let end = statement.getEnd();
    if (source.text[end] === "\n") end++;
    edits.push([statement.getStart(source), end, ""]);
    renamed.set(name, local);
  }
  if (renamed.size === 0) continue;
  let text = source.text;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) {
    text = text.slice(0, start) + replacement + text.slice(end);
  }
  for (const [name, local] of renamed) {
    const uses = new RegExp(`\\b${name}\\b`, "g");
    const count = (text.match(uses) ?? []).length;
    if (count !== 1) throw new Error(`fix-namespace-types: ${name} is used ${count} times in ${file}, expected once`);
    text = text.replace(uses, local);
  }
  writeFileSync(file, text);
  fixed += renamed.size;
  changedFiles++;
}
console.log(`fix-namespace-types: ${fixed} namespace types exported as types in ${changedFiles} declaration files`);
