/**
 * Every TypeScript sample in the guides (docs/*.md) and in the README's Usage section runs here,
 * against src/, and its stated results are checked:
 *
 *   money.format(total); // → "$3.30"            checks that the expression equals the JSON value
 *   const rate = fx.implied(...); // → ...        checks the declared constant
 *   money.of("1", "XYZ"); // → throws UNKNOWN_CURRENCY   checks the AccordoError code
 *
 * A value is JSON, or `undefined`.
 *
 * Imports of "accordo", "accordo/<namespace>" and "accordo/schemas" are bound to src/ (and
 * "dinero.js" to the dev dependency, for the migration guide). Other
 * comments are prose. The case study guide's output is checked against the CLI's expected output.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as dinero from "dinero.js";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as root from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";

const repo = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, repo), "utf8");

/** The guides this suite checks (docs/quality.md, written by others, has no TypeScript samples). */
const GUIDES = readdirSync(new URL("docs/", repo))
  .filter((name) => name.endsWith(".md") && name !== "quality.md")
  .sort();

const MODULES: Record<string, unknown> = {
  accordo: root,
  "accordo/schemas": schemas,
  // coming-from-dinero.md runs its dinero.js v2 calls next to accordo's (a dev dependency).
  "dinero.js": dinero,
  ...Object.fromEntries(
    (["money", "fx", "figure", "period", "growth", "agreement", "capacity", "milestone", "zone", "io"] as const).map(
      (ns) => [`accordo/${ns}`, root[ns]],
    ),
  ),
};

interface Sample {
  readonly line: number;
  readonly code: string;
}

/** The ```ts / ```js blocks of a Markdown text, with the line each starts on. */
function samples(markdown: string, offset = 0): Sample[] {
  const found: Sample[] = [];
  const fence = /^```(?:ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(markdown); m !== null; m = fence.exec(markdown)) {
    found.push({ line: offset + markdown.slice(0, m.index).split("\n").length + 1, code: m[1] ?? "" });
  }
  return found;
}

/** Rewrites a sample into the body of an async function of (__modules, __check, __throws). */
function compile(sample: Sample, where: string): string {
  return sample.code
    .split("\n")
    .map((text, i) => {
      const at = JSON.stringify(`${where}:${sample.line + i}`);
      const named = /^import\s+\{([^}]*)\}\s+from\s+"([^"]+)";?\s*(\/\/.*)?$/.exec(text);
      if (named !== null) {
        const names = (named[1] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "" && !s.startsWith("type "))
          .map((s) => s.replace(/\s+as\s+/, ": "));
        return `const { ${names.join(", ")} } = __module(${JSON.stringify(named[2])}, ${at});`;
      }
      const star = /^import\s+\*\s+as\s+(\w+)\s+from\s+"([^"]+)";?\s*(\/\/.*)?$/.exec(text);
      if (star !== null) return `const ${star[1]} = __module(${JSON.stringify(star[2])}, ${at});`;
      if (/^import\s+type\s/.test(text)) return "";
      const checked = /^(\s*)(.*?);\s*\/\/ → (.+)$/.exec(text);
      if (checked === null) return text;
      const [, indent = "", statement = "", expected = ""] = checked;
      const declaration = /^(const|let)\s+(\w+)\s*=\s*(.*)$/.exec(statement);
      const thrown = /^throws ([A-Z_]+)\b/.exec(expected);
      if (thrown !== null) return `${indent}__throws(() => (${statement}), ${JSON.stringify(thrown[1])}, ${at});`;
      let value: unknown;
      try {
        value = expected === "undefined" ? undefined : JSON.parse(expected);
      } catch {
        throw new Error(`${where}:${sample.line + i}: the value after "// →" must be JSON, got ${expected}`);
      }
      const literal = value === undefined ? "undefined" : JSON.stringify(value);
      if (declaration !== null) return `${indent}${statement}; __check(${declaration[2]}, ${literal}, ${at});`;
      return `${indent}__check((${statement}), ${literal}, ${at});`;
    })
    .join("\n");
}

const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

async function run(sample: Sample, where: string): Promise<number> {
  let checks = 0;
  // The checks are rewritten first (line by line), then the TypeScript is stripped of its types.
  const body = ts.transpileModule(compile(sample, where), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const fn = new AsyncFunction("__module", "__check", "__throws", body);
  await fn(
    (name: string, at: string) => {
      const m = MODULES[name];
      if (m === undefined) throw new Error(`${at}: unknown module "${name}"`);
      return m;
    },
    (actual: unknown, expected: unknown, at: string) => {
      checks++;
      expect(actual, at).toEqual(expected);
    },
    (f: () => unknown, code: string, at: string) => {
      checks++;
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(root.isAccordoError(caught) ? caught.code : caught, at).toBe(code);
    },
  );
  return checks;
}

/** The part of the README between a heading and the next heading of the same level. */
function section(markdown: string, heading: string): { text: string; offset: number } {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const next = markdown.indexOf("\n## ", start + heading.length + 2);
  const text = markdown.slice(start + 1, next < 0 ? undefined : next + 1);
  return { text, offset: markdown.slice(0, start + 1).split("\n").length - 1 };
}

describe("README.md", () => {
  const readme = read("README.md");

  it("Quick start: the first shell block installs and runs the case study, then runs the tests", () => {
    const quick = section(readme, "## Quick start").text;
    expect(/```sh\n([\s\S]*?)```/.exec(quick)?.[1]).toBe("npm ci && npm run example\nnpm test\n");
  });

  const usage = section(readme, "## Usage");
  const blocks = samples(usage.text, usage.offset);
  it("the tour has a sample for every namespace and for the schemas", () => {
    const all = samples(read("docs/tour.md"))
      .map((b) => b.code)
      .join("\n");
    for (const name of ["money", "fx", "figure", "period", "growth", "agreement", "capacity", "milestone", "zone"]) {
      expect(all, name).toContain(`${name}.`);
    }
    expect(all).toContain('from "accordo/schemas"');
  });
  for (const sample of blocks) {
    it(`Usage sample at README.md:${sample.line} runs and states its results truly`, async () => {
      expect(await run(sample, "README.md")).toBeGreaterThan(0);
    });
  }

  it("the case study guide shows the program's real output", () => {
    const text = read("docs/case-study.md");
    const shown = /<!-- case-study-output -->\n```text\n([\s\S]*?)```/.exec(text)?.[1];
    expect(shown).toBe(read("test/examples/expected/2024-03-01.txt"));
  });
});

describe.each(GUIDES)("docs/%s", (name) => {
  const markdown = read(`docs/${name}`);

  it("has a title for typedoc", () => {
    expect(markdown).toMatch(/^---\ntitle: .+\n---\n/);
  });

  const blocks = samples(markdown);
  it.each(blocks.map((b) => [b.line, b] as const))(
    `sample at line %i runs and states its results truly`,
    async (_line, sample) => {
      expect(await run(sample, `docs/${name}`)).toBeGreaterThan(0);
    },
  );
});
