import { BadUserInputError } from '@bridgeway/api-common';
import type { AssessmentInstrument } from './assessment-instrument.entity.js';

/**
 * Checks item scores against the instrument's data (item count and scale), for any
 * instrument; returns the total. Refusals name the field `scores`.
 */
export function scoreTotal(instrument: Pick<AssessmentInstrument, 'code' | 'items' | 'itemMin' | 'itemMax'>, scores: readonly number[]): number {
  const { code, items, itemMin, itemMax } = instrument;
  if (scores.length !== items.length) {
    throw new BadUserInputError({ scores: `${code} has ${items.length} items: give ${items.length} scores, one per item in order (got ${scores.length})` });
  }
  const wrong = scores.findIndex((score) => !Number.isInteger(score) || score < itemMin || score > itemMax);
  if (wrong >= 0) {
    throw new BadUserInputError({ scores: `Each ${code} score must be a whole number from ${itemMin} to ${itemMax}; item ${wrong + 1} (${items[wrong].key}) is ${scores[wrong]}` });
  }
  return scores.reduce((sum, score) => sum + score, 0);
}
