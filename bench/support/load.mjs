// A small load generator: a fixed number of workers, each sending its next request as soon as
// the previous one is answered, for a fixed time (closed loop, like autocannon -c N).

/** Runs `task(worker)` in `workers` parallel loops for `seconds`; latencies in ms. */
export async function runFor(seconds, workers, task) {
  return summary([await loop(seconds, workers, task)]);
}

/**
 * Measures `a` and `b` for `seconds` each in alternating slices, so that both see the same
 * machine (others' work on it comes and goes); returns [a's figures, b's figures].
 */
export async function sideBySide(seconds, workers, a, b, slices = 4) {
  const runs = [[], []];
  for (let i = 0; i < slices; i++) {
    runs[0].push(await loop(seconds / slices, workers, a));
    runs[1].push(await loop(seconds / slices, workers, b));
  }
  return runs.map(summary);
}

async function loop(seconds, workers, task) {
  const latencies = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(Array.from({ length: workers }, async (_, worker) => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await task(worker);
      latencies.push(performance.now() - t);
    }
  }));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

function summary(runs) {
  const latencies = runs.flatMap((r) => r.latencies);
  return { ...stats(latencies), perSecond: latencies.length / runs.reduce((sum, r) => sum + r.seconds, 0) };
}

/** Median, p95 and count of latencies in ms. */
export function stats(latencies) {
  const ms = [...latencies].sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(ms.length * q))];
  return { count: ms.length, p50: at(0.5), p95: at(0.95) };
}

/** `runs` sequential calls of `task` after one warm-up call; median and p95 in ms. */
export async function timeSequential(runs, task) {
  await task();
  const latencies = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await task();
    latencies.push(performance.now() - t);
  }
  return stats(latencies);
}

/** A deterministic pseudo-random generator (mulberry32), so every run loads the same residents. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
