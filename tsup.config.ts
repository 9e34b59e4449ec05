import { defineConfig } from "tsup";

/** One entry per public subpath; the root re-exports every namespace. */
export const entries = {
  index: "src/index.ts",
  money: "src/money/index.ts",
  fx: "src/fx/index.ts",
  figure: "src/figure/index.ts",
  period: "src/period/index.ts",
  growth: "src/growth/index.ts",
  agreement: "src/agreement/index.ts",
  capacity: "src/capacity/index.ts",
  milestone: "src/milestone/index.ts",
  zone: "src/zone/index.ts",
  schemas: "src/schemas/index.ts",
} as const;

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  target: "es2020",
  platform: "neutral",
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  outDir: "dist",
});
