import type { IntlShape } from 'react-intl';

import type {
  MaturityAssessmentFieldsFragment,
  MaturityDimension,
  MaturityModelFieldsFragment,
  OfficeRegionBenchmarkQuery,
} from '../../gql/graphql';
import { dimensionShortLabel } from './labels';

export type Assessment = MaturityAssessmentFieldsFragment;
export type Model = MaturityModelFieldsFragment;
export type RegionBenchmark = OfficeRegionBenchmarkQuery['maturityBenchmark'];

/** The region's mean, as far as it is known: the API refuses groups under 5 offices. */
export type RegionMean =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly benchmark: RegionBenchmark }
  /** BENCHMARK_GROUP_TOO_SMALL: fewer than 5 offices of the region have an assessment. */
  | { readonly status: 'tooSmall' }
  | { readonly status: 'unavailable' };

/** One dimension of the comparison: the chart's point and the table's row. */
export interface DimensionComparison {
  readonly dimension: MaturityDimension;
  /** The model's name, in the interface's language. */
  readonly name: string;
  /** A short name for the chart's axis. */
  readonly shortName: string;
  readonly current: number | null;
  readonly previous: number | null;
  readonly regionMean: number | null;
}

const levelOf = (assessment: Assessment | null, dimension: MaturityDimension) =>
  assessment?.levels.find((entry) => entry.dimension === dimension)?.level ?? null;

/** The ten dimensions in model order, each with the current, previous and regional levels. */
export function compareDimensions(
  intl: IntlShape,
  model: Model,
  current: Assessment,
  previous: Assessment | null,
  region: RegionMean,
): DimensionComparison[] {
  const dimensions = model.dimensions.length
    ? model.dimensions.map(({ dimension, name }) => ({ dimension, name }))
    : current.levels.map(({ dimension }) => ({
        dimension,
        name: dimensionShortLabel(intl, dimension),
      }));
  return dimensions.map(({ dimension, name }) => ({
    dimension,
    name,
    shortName: dimensionShortLabel(intl, dimension),
    current: levelOf(current, dimension),
    previous: levelOf(previous, dimension),
    regionMean:
      region.status === 'ready'
        ? (region.benchmark.dimensions.find((entry) => entry.dimension === dimension)?.mean ?? null)
        : null,
  }));
}

/** The name of a level (1 Ad hoc … 5 Optimising), from the model. */
export function levelName(model: Model, level: number | null): string | undefined {
  if (level === null) return undefined;
  return model.levels.find((entry) => entry.level === level)?.name;
}

/** What a level means in one dimension, from the model. */
export function levelDescriptor(
  model: Model,
  dimension: MaturityDimension,
  level: number | null,
): string | undefined {
  if (level === null) return undefined;
  return model.dimensions
    .find((entry) => entry.dimension === dimension)
    ?.levels.find((entry) => entry.level === level)?.descriptor;
}

/** The submitted assessment before the current one (the history is newest first). */
export function previousAssessment(
  current: Assessment | null,
  history: readonly Assessment[],
): Assessment | null {
  if (!current) return null;
  const index = history.findIndex((assessment) => assessment.id === current.id);
  if (index >= 0) return history[index + 1] ?? null;
  return history.find((assessment) => assessment.id !== current.id) ?? null;
}
