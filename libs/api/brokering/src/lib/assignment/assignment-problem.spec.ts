import { AssignmentInputError, eligiblePairs, type AssignmentProblem } from './assignment-problem';

const problem = (
  candidates: { officeCode: string; score: number }[],
  capacity: Record<string, number> = { X: 1, Y: 1 },
): AssignmentProblem => ({ requests: [{ seekerOfficeCode: 'S', candidates }], capacity });

describe('eligiblePairs: the input both solvers validate and share', () => {
  it('keeps the pairs worth choosing, in request then candidate order', () => {
    const pairs = eligiblePairs({
      requests: [
        { seekerOfficeCode: 'S', candidates: [{ officeCode: 'Y', score: 0.5 }] },
        {
          seekerOfficeCode: 'T',
          candidates: [
            { officeCode: 'X', score: 0.9 },
            { officeCode: 'Y', score: 0.2 },
          ],
        },
      ],
      capacity: { X: 1, Y: 2 },
    });
    expect(pairs).toEqual([
      { requestIndex: 0, seekerOfficeCode: 'S', candidateOfficeCode: 'Y', score: 0.5 },
      { requestIndex: 1, seekerOfficeCode: 'T', candidateOfficeCode: 'X', score: 0.9 },
      { requestIndex: 1, seekerOfficeCode: 'T', candidateOfficeCode: 'Y', score: 0.2 },
    ]);
  });

  it('leaves out a candidate with no capacity (absent, 0 or below) and a score of 0', () => {
    const candidates = ['X', 'Y', 'Z', 'W'].map((officeCode) => ({ officeCode, score: 0.5 }));
    expect(
      eligiblePairs(problem(candidates, { X: 0, Y: -2, W: 1 })).map((p) => p.candidateOfficeCode),
    ).toEqual(['W']);
    expect(eligiblePairs(problem([{ officeCode: 'X', score: 0 }]))).toEqual([]);
  });

  it.each([
    ['a score above 1', [{ officeCode: 'X', score: 1.01 }], /request 0, candidate X: score 1.01/],
    ['a negative score', [{ officeCode: 'X', score: -0.1 }], /score -0.1 is not a number in/],
    ['a score NaN', [{ officeCode: 'X', score: NaN }], /score NaN/],
    ['an infinite score', [{ officeCode: 'X', score: Infinity }], /score Infinity/],
    ['the seeker as candidate', [{ officeCode: 'S', score: 0.5 }], /cannot be its own candidate/],
    [
      'an office listed twice',
      [
        { officeCode: 'X', score: 0.5 },
        { officeCode: 'X', score: 0.4 },
      ],
      /request 0, candidate X: listed twice/,
    ],
  ])('refuses %s', (_, candidates, message) => {
    expect(() => eligiblePairs(problem(candidates))).toThrow(AssignmentInputError);
    expect(() => eligiblePairs(problem(candidates))).toThrow(message);
  });

  it.each([1.5, NaN, Infinity])('refuses a capacity of %s', (capacity) => {
    expect(() => eligiblePairs(problem([], { X: capacity }))).toThrow(
      new AssignmentInputError(`capacity of X: ${capacity} is not an integer`),
    );
  });
});
