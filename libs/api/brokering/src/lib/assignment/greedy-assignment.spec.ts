import type { AssignmentProblem } from './assignment-problem';
import { assertFeasible, randomProblem, seededRandom } from './assignment-testing';
import { greedyAssignment } from './greedy-assignment';

describe('greedyAssignment: the best pair first', () => {
  it('takes the best pair, then the best still allowed', () => {
    const problem: AssignmentProblem = {
      requests: [
        {
          seekerOfficeCode: 'A',
          candidates: [
            { officeCode: 'X', score: 0.9 },
            { officeCode: 'Y', score: 0.8 },
          ],
        },
        { seekerOfficeCode: 'B', candidates: [{ officeCode: 'X', score: 0.85 }] },
      ],
      capacity: { X: 1, Y: 1 },
    };
    const result = greedyAssignment(problem);
    // A takes X (0.9): B, which only wants X, is left without
    expect(result).toEqual({
      pairs: [{ requestIndex: 0, candidateOfficeCode: 'X', score: 0.9 }],
      totalScore: 0.9,
      assignedCount: 1,
    });
  });

  it('breaks equal scores by request index, then by candidate code', () => {
    const problem: AssignmentProblem = {
      requests: [
        {
          seekerOfficeCode: 'B',
          candidates: [
            { officeCode: 'Z', score: 0.5 },
            { officeCode: 'Y', score: 0.5 },
          ],
        },
        { seekerOfficeCode: 'A', candidates: [{ officeCode: 'Y', score: 0.5 }] },
        { seekerOfficeCode: 'C', candidates: [{ officeCode: 'Z', score: 0.5 }] },
      ],
      capacity: { Y: 1, Z: 1 },
    };
    // request 0 first, and Y before Z: then 1 finds Y full, 2 takes Z
    expect(greedyAssignment(problem).pairs).toEqual([
      { requestIndex: 0, candidateOfficeCode: 'Y', score: 0.5 },
      { requestIndex: 2, candidateOfficeCode: 'Z', score: 0.5 },
    ]);
  });

  it('gives no office pair twice, and no candidate beyond its capacity', () => {
    const problem: AssignmentProblem = {
      requests: [
        { seekerOfficeCode: 'S', candidates: [{ officeCode: 'X', score: 0.9 }] },
        {
          seekerOfficeCode: 'S',
          candidates: [
            { officeCode: 'X', score: 0.8 },
            { officeCode: 'Y', score: 0.1 },
          ],
        },
        { seekerOfficeCode: 'T', candidates: [{ officeCode: 'X', score: 0.7 }] },
        { seekerOfficeCode: 'U', candidates: [{ officeCode: 'X', score: 0.6 }] },
      ],
      capacity: { X: 2, Y: 1 },
    };
    const result = greedyAssignment(problem);
    assertFeasible(problem, result);
    // S → X once only, so the second request of S falls back to Y; X's two places go to S and T
    expect(result.pairs.map((pair) => [pair.requestIndex, pair.candidateOfficeCode])).toEqual([
      [0, 'X'],
      [1, 'Y'],
      [2, 'X'],
    ]);
  });

  it('keeps the rules on random problems', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seededRandom(seed), {
        requests: 12,
        offices: 6,
        candidates: [1, 4],
        capacity: [0, 3],
        seekers: 3,
        decimals: 1,
      });
      assertFeasible(problem, greedyAssignment(problem));
    }
  });
});
