#!/usr/bin/env node
// Heap bytes of one value: the heap delta over 100,000 values kept alive, after a full GC before and
// after. Run by bench/run.js as `node --expose-gc bench/memory.js` (ACCORDO_BENCH_DIR: the packed
// install); prints JSON. Every value is built from its own string, as values read from data are.
import Decimal from "decimal.js";
import { importPacked, installPacked, random, removeInstall } from "./lib.js";

if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
const N = 100_000;
const dir = installPacked();
const { money, figure, fx } = await importPacked(dir);
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
const rnd = random(3);
const texts = () => Array.from({ length: N }, () => (Math.floor(rnd() * 10_000_000 + 1) / 100).toFixed(2));
const day = (i) => new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10);

function bytesPer(label, make) {
  const input = texts();
  const days = Array.from({ length: N }, (_, i) => day(i));
  const keep = new Array(N).fill(null);
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < N; i++) keep[i] = make(input[i], days[i]);
  globalThis.gc();
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  if (keep.length !== N) throw new Error("lost values");
  return { label, bytes: Math.round((after - before) / N) };
}

const values = [
  bytesPer("decimal.js Decimal", (t) => new D(t)),
  bytesPer("accordo Money", (t) => money.of(t, "USD")),
  bytesPer("accordo Figure (reported)", (t) => figure.reported(t)),
  bytesPer("accordo ExchangeRate (dated)", (t, on) => fx.rate({ base: "USD", quote: "EUR", rate: t, on })),
];
process.stdout.write(`${JSON.stringify({ n: N, values })}\n`);
removeInstall(dir);
