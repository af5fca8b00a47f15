import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DataLoaderRegistry, ForbiddenError } from '@wild/api/core';
import { joinOffice } from '@wild/api/offices';
import {
  distributionMean,
  emptyDistribution,
  knownCount,
  MATURITY_DIMENSIONS,
  MATURITY_GROUPS,
  MATURITY_LEVELS,
  MaturityDimension,
  MaturityGroup,
  MaturityLevel,
  MIN_BENCHMARK_OFFICES,
  positionIn,
} from '@wild/shared/domain';
import type { LevelDistribution } from '@wild/shared/domain';

import { currentLevelColumn } from '../assessments/current-maturity';
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
  /** Whether the office whose position is asked is one of the compared offices. */
  includes_position_office: boolean;
  illustrative: boolean | null;
  /** Known levels counted per dimension and level. */
  levels: { dimension: MaturityDimension; level: MaturityLevel; count: number }[];
  /** Offices counted per overall level and group (null: fewer than six known levels). */
  overall: {
    overall_level: MaturityLevel | null;
    maturity_group: MaturityGroup | null;
    count: number;
  }[];
}

/** The office of each compared row, read through what the offices lib exports. */
const office = joinOffice('current.office_code');

/**
 * One statement over the kept current maturity of the matching offices (the same rows as
 * `office.maturity` and the directory), aggregated: no row of a single office leaves the database.
 */
const AGGREGATE_SQL = `
  WITH compared AS (
    SELECT current.*, assessment.illustrative
    FROM office_current_maturity current
    ${office.join}
    JOIN maturity_assessment assessment ON assessment.id = current.assessment_id
    WHERE ($1::varchar IS NULL OR ${office.region} = $1)
      AND ($2::varchar IS NULL OR ${office.kind} = $2)
  ),
  level_counts AS (
    SELECT level.dimension, level.level, count(*)::int AS count
    FROM compared
    CROSS JOIN LATERAL (VALUES ${MATURITY_DIMENSIONS.map(
      (dimension) => `('${dimension}', compared.${currentLevelColumn(dimension)})`,
    ).join(', ')}) AS level (dimension, level)
    WHERE level.level IS NOT NULL
    GROUP BY level.dimension, level.level
  ),
  overall_counts AS (
    SELECT overall_level, maturity_group, count(*)::int AS count
    FROM compared GROUP BY overall_level, maturity_group
  )
  SELECT
    (SELECT count(*)::int FROM compared) AS offices,
    EXISTS (SELECT 1 FROM compared WHERE office_code = $3) AS includes_position_office,
    (SELECT bool_or(illustrative) FROM compared) AS illustrative,
    (SELECT coalesce(json_agg(level_counts), '[]') FROM level_counts) AS levels,
    (SELECT coalesce(json_agg(overall_counts), '[]') FROM overall_counts) AS overall`;

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
    const [row] = (await this.dataSource.query(AGGREGATE_SQL, [
      region,
      kind,
      positionOf,
    ])) as AggregateRow[];
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
    for (const { overall_level, maturity_group, count } of row.overall) {
      if (overall_level) overallDistribution[overall_level] += count;
      if (maturity_group) groups[maturity_group] += count;
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
        ? await this.position(
            positionOf,
            row.includes_position_office,
            byDimension,
            overallDistribution,
            dimensions,
            loaders,
          )
        : null,
    };
  }

  private async position(
    officeCode: string,
    inGroup: boolean,
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
    // as kept with the assessment, like the group's own overall levels (the current loader primed it)
    const derived = await this.assessments.currentDerivedLoader(loaders).load(current.id);
    const overallLevel = (derived?.overallLevel ?? null) as MaturityLevel | null;
    return {
      officeCode,
      overallLevel,
      group: derived?.group ?? null,
      overallRank: overallLevel ? positionIn(overallDistribution, overallLevel, inGroup) : null,
      dimensions: dimensions.map(({ dimension, mean }) => {
        const level = levelOf(dimension);
        return {
          dimension,
          level,
          difference: level !== null && mean !== null ? level - mean : null,
          rank: level !== null ? positionIn(byDimension[dimension], level, inGroup) : null,
        };
      }),
    };
  }
}

function levelCounts(distribution: LevelDistribution): LevelCount[] {
  return MATURITY_LEVELS.map((level) => ({ level, count: distribution[level] }));
}
