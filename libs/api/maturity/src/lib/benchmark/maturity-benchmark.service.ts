import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DataLoaderRegistry, ForbiddenError } from '@wild/api/core';
import {
  distributionMean,
  emptyDistribution,
  knownCount,
  knownLevelTotals,
  MATURITY_DIMENSIONS,
  MATURITY_GROUPS,
  MATURITY_LEVELS,
  MaturityDimension,
  MaturityGroup,
  maturityGroupOf,
  MaturityLevel,
  MIN_BENCHMARK_OFFICES,
  overallLevelOf,
  positionIn,
} from '@wild/shared/domain';
import type { LevelDistribution } from '@wild/shared/domain';

import { MaturityAssessmentsService } from '../assessments/maturity-assessments.service';
import {
  BenchmarkPosition,
  DimensionBenchmark,
  LevelCount,
  MaturityBenchmark,
  MaturityBenchmarkFilterInput,
  OverallBenchmark,
} from './maturity-benchmark.graphql';

interface AggregateRow {
  offices: number;
  illustrative: boolean | null;
  /** Known levels counted per dimension and level. */
  levels: { dimension: MaturityDimension; level: MaturityLevel; count: number }[];
  /** Offices counted per (sum, count) of known levels: enough for overall levels and groups. */
  totals: { sum: number; known: number; count: number }[];
}

/**
 * One statement: the current (newest submitted) assessment of each matching office, aggregated;
 * no row of a single office leaves the database.
 */
const AGGREGATE_SQL = `
  WITH current_assessment AS (
    SELECT DISTINCT ON (assessment.office_code) assessment.id, assessment.illustrative
    FROM maturity_assessment assessment
    JOIN office ON office.code = assessment.office_code
    WHERE assessment.status = 'SUBMITTED'
      AND ($1::varchar IS NULL OR office.region = $1)
      AND ($2::varchar IS NULL OR office.kind = $2)
    ORDER BY assessment.office_code, assessment.submitted_at DESC, assessment.id DESC
  ),
  level_counts AS (
    SELECT level.dimension, level.level, count(*)::int AS count
    FROM current_assessment
    JOIN maturity_assessment_level level ON level.assessment_id = current_assessment.id
    WHERE level.level IS NOT NULL
    GROUP BY level.dimension, level.level
  ),
  office_totals AS (
    SELECT coalesce(sum(level.level), 0)::int AS sum, count(level.level)::int AS known
    FROM current_assessment
    LEFT JOIN maturity_assessment_level level ON level.assessment_id = current_assessment.id
    GROUP BY current_assessment.id
  )
  SELECT
    (SELECT count(*)::int FROM current_assessment) AS offices,
    (SELECT bool_or(illustrative) FROM current_assessment) AS illustrative,
    (SELECT coalesce(json_agg(level_counts), '[]') FROM level_counts) AS levels,
    (SELECT coalesce(json_agg(totals), '[]')
       FROM (SELECT sum, known, count(*)::int AS count FROM office_totals GROUP BY sum, known) totals
    ) AS totals`;

@Injectable()
export class MaturityBenchmarkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: MaturityAssessmentsService,
  ) {}

  /**
   * The benchmark over the offices matching the filter, refused under {@link MIN_BENCHMARK_OFFICES}
   * offices with a current assessment, with `positionOf`'s office placed against it.
   */
  async benchmark(
    filter: MaturityBenchmarkFilterInput,
    positionOf: string | null,
    loaders: DataLoaderRegistry,
  ): Promise<MaturityBenchmark> {
    const region = filter.region ?? null;
    const kind = filter.kind ?? null;
    const [row] = (await this.dataSource.query(AGGREGATE_SQL, [region, kind])) as AggregateRow[];
    if (row.offices < MIN_BENCHMARK_OFFICES) {
      throw new ForbiddenError(
        `A benchmark needs at least ${MIN_BENCHMARK_OFFICES} offices with a current assessment, so that no office can be singled out; ${row.offices === 0 ? 'none matches' : `only ${row.offices} ${row.offices === 1 ? 'matches' : 'match'}`} this filter. Widen it.`,
        'BENCHMARK_GROUP_TOO_SMALL',
      );
    }

    const byDimension = Object.fromEntries(
      MATURITY_DIMENSIONS.map((dimension) => [dimension, emptyDistribution()]),
    ) as Record<MaturityDimension, Record<MaturityLevel, number>>;
    for (const { dimension, level, count } of row.levels) byDimension[dimension][level] = count;
    const dimensions: DimensionBenchmark[] = MATURITY_DIMENSIONS.map((dimension) => {
      const distribution = byDimension[dimension];
      const known = knownCount(distribution);
      return {
        dimension,
        known,
        unknown: row.offices - known,
        mean: distributionMean(distribution),
        distribution: levelCounts(distribution),
      };
    });

    const overallDistribution = emptyDistribution();
    const groups: Record<MaturityGroup, number> = { A: 0, B: 0, C: 0, D: 0 };
    for (const { sum, known, count } of row.totals) {
      const level = overallLevelOf({ sum, known });
      const group = maturityGroupOf({ sum, known });
      if (level) overallDistribution[level] += count;
      if (group) groups[group] += count;
    }
    const overallKnown = knownCount(overallDistribution);
    const overall: OverallBenchmark = {
      known: overallKnown,
      unknown: row.offices - overallKnown,
      mean: distributionMean(overallDistribution),
      distribution: levelCounts(overallDistribution),
      groups: MATURITY_GROUPS.map((group) => ({ group, count: groups[group] })),
    };

    return {
      region,
      kind,
      officeCount: row.offices,
      illustrative: row.illustrative === true,
      dimensions,
      overall,
      position: positionOf
        ? await this.position(positionOf, byDimension, overallDistribution, dimensions, loaders)
        : null,
    };
  }

  private async position(
    officeCode: string,
    byDimension: Record<MaturityDimension, LevelDistribution>,
    overallDistribution: LevelDistribution,
    dimensions: DimensionBenchmark[],
    loaders: DataLoaderRegistry,
  ): Promise<BenchmarkPosition | null> {
    const current = await this.assessments.currentLoader(loaders).load(officeCode);
    if (!current) return null;
    const levels = await this.assessments.levelsLoader(loaders).load(current.id);
    const levelOf = (dimension: MaturityDimension) =>
      (levels.find((level) => level.dimension === dimension)?.level ??
        null) as MaturityLevel | null;
    const totals = knownLevelTotals(levels.map((level) => level.level));
    const overallLevel = overallLevelOf(totals);
    return {
      officeCode,
      overallLevel,
      group: maturityGroupOf(totals),
      overallRank: overallLevel ? positionIn(overallDistribution, overallLevel) : null,
      dimensions: dimensions.map(({ dimension, mean }) => {
        const level = levelOf(dimension);
        return {
          dimension,
          level,
          difference: level !== null && mean !== null ? level - mean : null,
          rank: level !== null ? positionIn(byDimension[dimension], level) : null,
        };
      }),
    };
  }
}

function levelCounts(distribution: LevelDistribution): LevelCount[] {
  return MATURITY_LEVELS.map((level) => ({ level, count: distribution[level] }));
}
