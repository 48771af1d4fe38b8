import type { DemoRandom } from '../demo-case-files/random.js';

const hex = (n: number, digits: number): string => n.toString(16).padStart(digits, '0');

/**
 * A version-4 UUID from the demo's seeded source: four 32-bit draws instead of Faker's 32
 * character draws (a few times faster; the demo writes over ten thousand of them).
 */
export function uuidOf(rng: DemoRandom): string {
  const [a, b, c, d] = [0, 0, 0, 0].map(() => rng.int(0, 0xffffffff));
  const version = (b & 0xffff0fff) | 0x4000;
  const variant = ((c >>> 16) & 0x3fff) | 0x8000;
  return `${hex(a, 8)}-${hex(version >>> 16, 4)}-${hex(version & 0xffff, 4)}-${hex(variant, 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`;
}
