// @ts-check
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import { defineConfig } from "eslint/config";

/** Every Node built-in, bare and with the `node:` prefix (src/ must run in browsers). */
const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, "")))].filter((m) => !m.startsWith("_"));

const zodOnlyInSchemas = {
  name: "zod",
  message:
    "Only src/schemas may import zod: the other entries must not bundle it (so that accordo/money, /fx, ... never bundle zod).",
};

const noDefaultExport = [
  { selector: "ExportDefaultDeclaration", message: "No default exports: use named exports (CONTRIBUTING.md)." },
  {
    selector: "ExportNamedDeclaration > ExportSpecifier[exported.name='default']",
    message: "No default exports: use named exports (CONTRIBUTING.md).",
  },
];

const NO_NODE = "No Node built-ins in src/: accordo runs in browsers.";

/**
 * The layers of src/, lowest first. `modules` are the import targets (relative to src/) that
 * belong to the layer; a file of a layer may not import a module of any layer above it.
 */
const LAYERS = [
  {
    name: "core",
    files: ["src/errors.ts", "src/error-codes.ts", "src/decimal.ts"],
    modules: ["errors.js", "error-codes.js", "decimal.js"],
  },
  { name: "values", files: ["src/figure/**", "src/money/**", "src/period/**"], modules: ["figure", "money", "period"] },
  {
    name: "calculations",
    files: ["src/fx/**", "src/growth/**", "src/checks.ts", "src/sources/**"],
    modules: ["fx", "growth", "checks.js", "sources"],
  },
  {
    name: "domain",
    files: ["src/agreement/**", "src/capacity/**", "src/milestone/**", "src/zone/**", "src/io/**"],
    modules: ["agreement", "capacity", "milestone", "zone", "io"],
  },
  { name: "schemas", files: ["src/schemas/**"], modules: ["schemas"], zod: true },
  { name: "root", files: ["src/index.ts"], modules: ["index.js"] },
];

export default defineConfig(
  {
    name: "accordo/ignores",
    ignores: [
      "dist/**",
      "examples/browser/dist/**",
      "docs/api/**",
      "coverage/**",
      "reports/**",
      "node_modules/**",
      ".stryker-tmp*/**",
      "**/*.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    name: "accordo/typescript",
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.test.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Error messages interpolate numbers, booleans and decimals on purpose.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        {
          allowNumber: true,
          allowBoolean: true,
          allowNullish: true,
          allowRegExp: true,
          // A decimal.js value prints its exact digits.
          allow: [{ from: "package", name: ["Decimal", "Instance"], package: "decimal.js" }],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Reported, not fatal: they flag harmless code (a guarded toString, `readonly brand: true = true`).
      "@typescript-eslint/no-unnecessary-type-assertion": "warn",
      "@typescript-eslint/prefer-as-const": "warn",
      "@typescript-eslint/no-base-to-string": "warn",
      // Validation code checks at run time what the types already promise (callers may be plain JS).
      "@typescript-eslint/no-unnecessary-condition": "off",
      "@typescript-eslint/no-confusing-void-expression": "off",
    },
  },
  {
    name: "accordo/src",
    files: ["src/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...noDefaultExport] },
  },
  // The layers: a module imports only from its own layer or lower ones (see CONTRIBUTING.md).
  ...LAYERS.map((layer, rank) => ({
    name: `accordo/layer-${rank}`,
    files: layer.files,
    ...(layer.ignores === undefined ? {} : { ignores: layer.ignores }),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...(layer.zod ? [] : [zodOnlyInSchemas]),
            ...nodeBuiltins.map((name) => ({ name, message: NO_NODE })),
          ],
          patterns: [
            { group: ["node:*"], message: NO_NODE },
            ...(layer.zod ? [] : [{ group: ["zod/*"], message: zodOnlyInSchemas.message }]),
            ...LAYERS.slice(rank + 1).map((above, k) => ({
              group: above.modules.flatMap((m) => [`./${m}`, `../${m}`, `./${m}/*`, `../${m}/*`]),
              message: `${layer.name} may not import from ${above.name} (layer ${rank + k + 1}): nothing imports upwards.`,
            })),
          ],
        },
      ],
    },
  })),
  {
    name: "accordo/tests",
    files: ["test/**/*.ts", "examples/**/*.ts", "bench/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...noDefaultExport],
      // Doc-example regions show values as bare expressions (`money.format(total); // "$3.30"`).
      "@typescript-eslint/no-unused-expressions": "off",
      // Tests exercise invalid input on purpose and use non-null assertions on known fixtures.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-empty-function": "off",
      "@typescript-eslint/no-extraneous-class": "off",
      "@typescript-eslint/no-dynamic-delete": "off",
      "@typescript-eslint/only-throw-error": "off",
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/use-unknown-in-catch-callback-variable": "off",
    },
  },
  {
    name: "accordo/plain-js",
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
      sourceType: "module",
    },
  },
  {
    name: "accordo/plain-js-scripts",
    files: ["scripts/**/*.{js,mjs}", "bench/**/*.{js,mjs}", "examples/**/*.{js,mjs}", ".ci/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { "no-restricted-syntax": ["error", ...noDefaultExport] },
  },
  {
    name: "accordo/cjs",
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
);
