import type {
  MaturityAssessmentFieldsFragment as Assessment,
  MaturityAssessmentInput,
  MaturityDimension,
  MaturityModelFieldsFragment as Model,
} from '../../../gql/graphql';

/** The API's limit on an evidence note (DimensionLevelInput.evidence, MaxLength 4000). */
export const EVIDENCE_MAX_LENGTH = 4000;

/** One dimension as the wizard holds it: as chosen and typed, kept through a refusal. */
export interface DimensionAnswer {
  readonly dimension: MaturityDimension;
  /** 1 to 5; null: unknown, not assessed. */
  readonly level: number | null;
  readonly evidence: string;
}

/** Where the answers came from when the wizard opened. */
export type Origin = 'draft' | 'current' | 'empty';

export interface Start {
  readonly origin: Origin;
  readonly answers: readonly DimensionAnswer[];
  /** The assessment the answers came from (the draft or the current one). */
  readonly from: Assessment | null;
  /** When the draft resumed was saved last (null: no draft). */
  readonly savedAt: string | null;
}

/**
 * The ten dimensions in model order, prefilled from the draft if there is one, else from the
 * current assessment, else empty (every level unknown).
 */
export function startOf(
  model: Model,
  draft: (Assessment & { readonly updatedAt: string }) | null | undefined,
  current: Assessment | null | undefined,
): Start {
  const from = draft ?? current ?? null;
  const origin: Origin = draft ? 'draft' : current ? 'current' : 'empty';
  const answers = model.dimensions.map(({ dimension }) => {
    const entry = from?.levels.find((level) => level.dimension === dimension);
    return { dimension, level: entry?.level ?? null, evidence: entry?.evidence ?? '' };
  });
  return { origin, answers, from, savedAt: draft?.updatedAt ?? null };
}

/**
 * What the API is sent, every time: all ten dimensions (one left out would be unknown), unknown
 * ones with a null level, empty notes as null.
 */
export function inputOf(
  officeCode: string,
  answers: readonly DimensionAnswer[],
): MaturityAssessmentInput {
  return {
    officeCode,
    levels: answers.map(({ dimension, level, evidence }) => ({
      dimension,
      level,
      evidence: evidence.trim() === '' ? null : evidence,
    })),
  };
}

/** A field error of one step: `levels.3.evidence` is the fourth dimension's note. */
export interface StepErrors {
  readonly level?: string;
  readonly evidence?: string;
}

/**
 * The API's field errors by step (the input lists the dimensions in the wizard's order), and
 * those of no step (`levels`, `officeCode`).
 */
export function errorsByStep(
  fields: Readonly<Record<string, string>>,
  steps: number,
): { readonly steps: readonly StepErrors[]; readonly other: readonly string[] } {
  const byStep: StepErrors[] = Array.from({ length: steps }, () => ({}));
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const match = /^levels\.(\d+)(?:\.(\w+))?$/.exec(key);
    const index = match ? Number(match[1]) : -1;
    const step = byStep[index];
    if (!match || !step) {
      other.push(message);
      continue;
    }
    if (match[2] === 'evidence') byStep[index] = { ...step, evidence: step.evidence ?? message };
    else byStep[index] = { ...step, level: step.level ?? message };
  }
  return { steps: byStep, other };
}

/** How many characters the API counts in a note (code points, as its length check does). */
export function characterCount(text: string): number {
  return [...text].length;
}
