import { distributionMean, emptyDistribution, knownCount, positionIn } from './benchmark';

describe('benchmark arithmetic', () => {
  const distribution = { 1: 1, 2: 0, 3: 3, 4: 2, 5: 1 }; // levels 1, 3, 3, 3, 4, 4, 5

  it('counts the offices with a known level', () => {
    expect(knownCount(distribution)).toBe(7);
    expect(knownCount(emptyDistribution())).toBe(0);
  });

  it('takes the mean over known levels only, and has none for an empty distribution', () => {
    expect(distributionMean(distribution)).toBeCloseTo(23 / 7, 12);
    expect(distributionMean({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 2 })).toBe(5);
    expect(distributionMean(emptyDistribution())).toBeNull();
  });

  it('places a level: offices below, level with and above it', () => {
    expect(positionIn(distribution, 3)).toEqual({ below: 1, same: 3, above: 3 });
    expect(positionIn(distribution, 1)).toEqual({ below: 0, same: 1, above: 6 });
    expect(positionIn(distribution, 5)).toEqual({ below: 6, same: 1, above: 0 });
    expect(positionIn(distribution, 2)).toEqual({ below: 1, same: 0, above: 6 });
    // an office of the group is not level with itself
    expect(positionIn(distribution, 3, true)).toEqual({ below: 1, same: 2, above: 3 });
    expect(positionIn(distribution, 5, true)).toEqual({ below: 6, same: 0, above: 0 });
  });
});
