import { BadUserInputError } from '@bridgeway/api-common';
import { scoreTotal } from '@bridgeway/api-assessments';

describe('score rules', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `item${i + 1}`, text: { en: `Item ${i + 1}` } }));
  const instrument = { code: 'X-4', items: items(4), itemMin: 0, itemMax: 3 };

  it('sums valid scores of any instrument', () => {
    expect(scoreTotal(instrument, [0, 1, 2, 3])).toBe(6);
    expect(scoreTotal({ code: 'BARC-10', items: items(10), itemMin: 1, itemMax: 6 }, Array(10).fill(6))).toBe(60);
  });

  it('refuses a wrong count and out-of-scale or fractional scores, naming the field scores', () => {
    for (const scores of [[0, 1, 2], [0, 1, 2, 3, 3], [0, 1, 2, 4], [-1, 1, 2, 3], [0, 1.5, 2, 3]]) {
      try {
        scoreTotal(instrument, scores);
        throw new Error(`accepted ${scores}`);
      } catch (error) {
        expect(error).toBeInstanceOf(BadUserInputError);
        expect(Object.keys((error as BadUserInputError).extensions.fields as object)).toEqual(['scores']);
      }
    }
  });

});
