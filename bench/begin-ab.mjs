// A/B of the one-round-trip BEGIN (SessionContextConnection) against MikroORM's own begin, under the
// same machine load: bench/ab.mjs with the `begin` variant (see there).
// Usage: BENCH_DATA_DIR=/tmp/bench-consortium-1 npx node bench/begin-ab.mjs [scale=1] [seconds=40]
process.env.BENCH_AB = 'begin';
await import('./ab.mjs');
