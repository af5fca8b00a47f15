import {
  knownLevelTotals,
  maturityGroup,
  maturityGroupOf,
  overallLevel,
  overallLevelOf,
} from './maturity';

describe('overall maturity level', () => {
  it('is the mean of the known levels, rounded half up', () => {
    expect(overallLevel([1, 2, 3, 4, 5, 3])).toBe(3); // 3.0
    expect(overallLevel([2, 2, 2, 3, 3, 3])).toBe(3); // 2.5 → 3 (half up)
    expect(overallLevel([2, 2, 2, 2, 3, 3])).toBe(2); // 2.33 → 2
    expect(overallLevel([4, 4, 5, 5, 5, 5, 4, 4, 4, 4])).toBe(4); // 4.4 → 4
    expect(overallLevel([4, 4, 4, 4, 4, 5, 5, 5, 5, 5])).toBe(5); // 4.5 → 5
  });

  it('ignores unknown levels, and is null with fewer than six known', () => {
    expect(overallLevel([3, 3, 3, 3, 3, 4, null, null, null, null])).toBe(3); // 3.17 over six known
    expect(overallLevel([5, 5, 5, 5, 5, null, null, null, null, null])).toBeNull();
    expect(overallLevel([])).toBeNull();
  });
});

describe('maturity group (GTMI style)', () => {
  it('maps x = (mean − 1) / 4 to A ≥ 0.75, B ≥ 0.5, C ≥ 0.25, else D', () => {
    expect(maturityGroup([4, 4, 4, 4, 4, 4])).toBe('A'); // x = 0.75 exactly
    expect(maturityGroup([4, 4, 4, 4, 4, 3])).toBe('B'); // mean 3.83, x = 0.71
    expect(maturityGroup([3, 3, 3, 3, 3, 3])).toBe('B'); // x = 0.5 exactly
    expect(maturityGroup([3, 3, 3, 3, 3, 2])).toBe('C'); // x = 0.46
    expect(maturityGroup([2, 2, 2, 2, 2, 2])).toBe('C'); // x = 0.25 exactly
    expect(maturityGroup([2, 2, 2, 2, 2, 1])).toBe('D'); // x = 0.21
    expect(maturityGroup([1, 1, 1, 1, 1, 1])).toBe('D');
  });

  it('uses the exact mean, not the rounded level', () => {
    // mean 3.5 rounds to level 4, yet x = 0.625 is group B
    expect(overallLevel([3, 3, 3, 4, 4, 4])).toBe(4);
    expect(maturityGroup([3, 3, 3, 4, 4, 4])).toBe('B');
  });

  it('is null with fewer than six known levels', () => {
    expect(maturityGroup([5, 5, 5, 5, 5, null])).toBeNull();
  });
});

describe('overall level and group from totals (as SQL sums them)', () => {
  it('agree with the functions over levels', () => {
    const cases = [
      [1, 2, 3, 4, 5, 5],
      [3, 3, 3, 3, 3, 4, null, null],
      [4, 4, 4, 4, 4, 3, 3, 3, 3, 3],
      [2, 2, 2, 2, 2],
    ];
    for (const levels of cases) {
      const totals = knownLevelTotals(levels);
      expect(overallLevelOf(totals)).toBe(overallLevel(levels));
      expect(maturityGroupOf(totals)).toBe(maturityGroup(levels));
    }
    expect(knownLevelTotals([3, null, 4, undefined])).toEqual({ sum: 7, known: 2 });
    expect(overallLevelOf({ sum: 35, known: 10 })).toBe(4); // 3.5 rounds half up
  });
});
