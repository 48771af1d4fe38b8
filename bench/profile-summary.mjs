// Sums a V8 CPU profile's self time by where the code lives (a package, our libraries, GC, idle),
// e.g. the server's profile from `BENCH_PROFILE=<dir> npx node bench/consortium.mjs 1 10`.
// Usage: npx node bench/profile-summary.mjs <file.cpuprofile> [top functions=25]
import { readFile } from 'node:fs/promises';

// BENCH_PROFILE_SKIP=<seconds>: leave out the first seconds (the server's start-up: module loading, migrations).
const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('Usage: [BENCH_PROFILE_SKIP=s] npx node bench/profile-summary.mjs <file.cpuprofile> [top]');
const skipUs = Number(process.env.BENCH_PROFILE_SKIP ?? 0) * 1e6;
const profile = JSON.parse(await readFile(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map(); // node id → µs
let at = 0;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < skipUs) continue;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

/** A package name from node_modules, "ours: <lib>" for the project's code, or V8's own categories. */
function place({ url, functionName }) {
  if (!url) return `(${functionName || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg && pkg[1] !== 'node') return pkg[1];
  const lib = /\/dist\/(libs\/[^/]+\/[^/]+|apps\/[^/]+)/.exec(url);
  if (lib) return `ours: ${lib[1]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  return url;
}
const IDLE = new Set(['((idle))', '((program))']);
const byPlace = new Map();
const byFunction = new Map();
let busy = 0;
for (const [id, us] of self) {
  const { callFrame } = nodes.get(id);
  const where = place(callFrame);
  if (!IDLE.has(where)) busy += us;
  byPlace.set(where, (byPlace.get(where) ?? 0) + us);
  const fn = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
console.log(`busy ${(busy / 1e6).toFixed(2)} s (idle and "program" not counted); self time by place:`);
for (const [where, us] of [...byPlace].sort((a, b) => b[1] - a[1]).filter(([where]) => !IDLE.has(where)).slice(0, 30)) console.log(`${pct(us)}  ${where}`);
console.log(`\ntop ${top} functions by self time:`);
for (const [fn, us] of [...byFunction].sort((a, b) => b[1] - a[1]).filter(([fn]) => ![...IDLE].some((i) => fn.includes(i))).slice(0, Number(top))) console.log(`${pct(us)}  ${fn}`);

// Inclusive (self + callees) time of the functions and places that wrap a request's work, counted
// once per stack (a recursive frame is not counted twice): where the guard, pipe and GraphQL layers
// spend their time, which self time spreads over many small functions.
const parents = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
const inclusive = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let node = id; node !== undefined; node = parents.get(node)) {
    const { callFrame } = nodes.get(node);
    const where = place(callFrame);
    for (const key of [`${callFrame.functionName || '(anonymous)'} ${where}`, `[${where}]`]) {
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
}
console.log(`\ntop ${top} by inclusive time (self + callees):`);
for (const [fn, us] of [...inclusive].sort((a, b) => b[1] - a[1]).filter(([fn]) => ![...IDLE].some((i) => fn.includes(i)) && !/^\(root\)|^\[\(root\)\]/.test(fn)).slice(0, Number(top) * 2)) console.log(`${pct(us)}  ${fn}`);
