import { MATURITY_DIMENSIONS, type MaturityDimension } from '@wild/shared/domain';

import { MatchFactor, MatchKind } from './match-kind';
import {
  compareMatches,
  roundScore,
  scoringContext,
  type MatchRequest,
  type RankedScore,
} from './match-scorer';
import {
  DECLINE_WINDOW_DAYS,
  MATCH_WEIGHTS,
  MENTOR_GAP_VALUES,
  PEER_GAP_VALUES,
  TIME_ZONE_SPAN_HOURS,
} from './match-weights';
import type { IntroductionFacts, OfficeFeatures } from './office-features';
import { clockDistanceHours } from './time-zones';

const DAY_MS = 24 * 60 * 60 * 1000;
const NO_LEVEL = 0;
/** Standard statuses in a column: none (or not reported), partly, completely. */
const PARTIAL = 1;
const COMPLETE = 2;

const DIMENSION_BIT = new Map(
  MATURITY_DIMENSIONS.map((dimension, index) => [dimension, 1 << index]),
);

function dimensionMask(dimensions: Iterable<MaturityDimension>): number {
  let mask = 0;
  for (const dimension of dimensions) mask |= DIMENSION_BIT.get(dimension) ?? 0;
  return mask;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/** Numbers for strings, so that a ranking compares numbers. */
class Interned {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

/** A list of small lists of ids, flat: the ids of row i are ids[start[i]] … ids[start[i + 1] − 1]. */
interface IdLists {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

function idLists(rows: readonly (readonly number[])[]): IdLists {
  const start = new Int32Array(rows.length + 1);
  let total = 0;
  rows.forEach((row, index) => {
    start[index] = total;
    total += row.length;
  });
  start[rows.length] = total;
  const ids = new Int32Array(total);
  rows.forEach((row, index) => ids.set(row, start[index]));
  return { start, ids };
}

const normalizedSystem = (system: string) => system.trim().toLowerCase();

/**
 * The candidates of a ranking as columns of numbers, made once per candidate model: levels per
 * dimension, needs and offers as bit masks, languages, systems and zones as ids, a status column
 * per standard. A ranking then reads numbers, not objects, which keeps 10,000 offices within a
 * millisecond or two. What it computes is {@link scoreCandidate}'s score (a property test holds
 * them equal).
 */
export class CandidateIndex {
  readonly size: number;
  readonly features: readonly OfficeFeatures[];
  private readonly codes: readonly string[];
  private readonly levels: Record<MaturityDimension, Int8Array>;
  private readonly offers: Uint16Array;
  private readonly needs: Uint16Array;
  private readonly languageIds = new Interned();
  private readonly languages: IdLists;
  private readonly systemIds = new Interned();
  private readonly systems: IdLists;
  private readonly standardIds = new Interned();
  private readonly standards: Int8Array[] = [];
  private readonly zoneIds = new Interned();
  /** Its zone's id, −1 for none. */
  private readonly zones: Int32Array;
  private readonly regionIds = new Interned();
  /** Its region's id, −1 for none. */
  private readonly regions: Int32Array;

  /** `features`: each candidate as the caller may see it (its needs masked beforehand). */
  constructor(features: readonly OfficeFeatures[]) {
    const size = features.length;
    this.size = size;
    this.features = features;
    this.codes = features.map((office) => office.code);
    this.levels = Object.fromEntries(
      MATURITY_DIMENSIONS.map((dimension) => {
        const column = new Int8Array(size);
        features.forEach((office, index) => {
          column[index] = office.levels[dimension] ?? NO_LEVEL;
        });
        return [dimension, column];
      }),
    ) as Record<MaturityDimension, Int8Array>;
    this.offers = Uint16Array.from(features, (office) => dimensionMask(office.offers));
    this.needs = Uint16Array.from(features, (office) => dimensionMask(office.needs));
    this.languages = idLists(
      features.map((office) => office.languages.map((code) => this.languageIds.id(code))),
    );
    this.systems = idLists(
      features.map((office) => [
        ...new Set(
          office.businessSystems.map((system) => this.systemIds.id(normalizedSystem(system))),
        ),
      ]),
    );
    features.forEach((office, index) => {
      for (const [code, adoption] of Object.entries(office.standards)) {
        if (adoption.status !== 'COMPLETE' && adoption.status !== 'PARTIAL') continue;
        const id = this.standardIds.id(code);
        this.standards[id] ??= new Int8Array(size);
        (this.standards[id] as Int8Array)[index] =
          adoption.status === 'COMPLETE' ? COMPLETE : PARTIAL;
      }
    });
    this.zones = Int32Array.from(features, (office) =>
      office.timeZone ? this.zoneIds.id(office.timeZone) : -1,
    );
    this.regions = Int32Array.from(features, (office) =>
      office.region ? this.regionIds.id(office.region) : -1,
    );
  }

  /**
   * The candidates the rules let through for `seeker` (never itself): how many, and the `first`
   * best after the cursor position `after` (best first, ties by code). `facts` holds the
   * candidates some introduction concerns; any other has `capacityOf` as set, none open, none
   * declined.
   */
  rank(
    seeker: OfficeFeatures,
    request: MatchRequest,
    introductions: {
      readonly facts: ReadonlyMap<string, IntroductionFacts>;
      readonly capacityOf: (index: number) => number;
    },
    now: Date,
    page: { readonly first: number; readonly after?: readonly [number, string] | null },
  ): { readonly total: number; readonly after: number; readonly page: RankedScore[] } {
    const context = scoringContext(now);
    const nowMs = now.getTime();
    const weight = MATCH_WEIGHTS;
    const contribution = (factor: MatchFactor, value: number) =>
      roundScore(weight[factor] * roundScore(value));

    // what the seeker brings, once
    const buddy = request.kind === MatchKind.STANDARD_BUDDY;
    const dimension = buddy ? null : request.dimension;
    const seekerLevel = dimension ? (seeker.levels[dimension] ?? NO_LEVEL) : NO_LEVEL;
    const levelColumn = dimension ? this.levels[dimension] : null;
    const dimensionBit = dimension ? (DIMENSION_BIT.get(dimension) ?? 0) : 0;
    const peerMask = dimension ? dimensionMask([dimension, ...seeker.needs]) : 0;
    const peerCount = bitCount(peerMask);
    const askedStandard = buddy ? this.standardIds.find(request.standard) : undefined;
    const askedColumn = askedStandard === undefined ? undefined : this.standards[askedStandard];

    const firstLanguage = seeker.languages[0];
    const firstLanguageId =
      firstLanguage === undefined ? -1 : (this.languageIds.find(firstLanguage) ?? -2);
    const seekerLanguage = new Uint8Array(this.languageIds.size);
    for (const language of seeker.languages) {
      const id = this.languageIds.find(language);
      if (id !== undefined) seekerLanguage[id] = 1;
    }
    const seekerSystem = new Uint8Array(this.systemIds.size);
    let seekerHasSystems = false;
    for (const system of seeker.businessSystems) {
      seekerHasSystems = true;
      const id = this.systemIds.find(normalizedSystem(system));
      if (id !== undefined) seekerSystem[id] = 1;
    }
    const asked = buddy ? request.standard : null;
    const seekerStandards = Object.keys(seeker.standards).filter(
      (code) =>
        code !== asked &&
        (seeker.standards[code]?.status === 'COMPLETE' ||
          seeker.standards[code]?.status === 'PARTIAL'),
    );
    const seekerStandardColumns = seekerStandards
      .map((code) => this.standardIds.find(code))
      .map((id) => (id === undefined ? undefined : this.standards[id]));
    const seekerOffset = context.offsetOf(seeker.timeZone);
    const zoneOffsets = new Float64Array(this.zoneIds.size).fill(Number.NaN);
    const zoneKnown = new Uint8Array(this.zoneIds.size);
    const seekerRegion = seeker.region ? (this.regionIds.find(seeker.region) ?? -2) : -2;
    const { facts, capacityOf } = introductions;
    const anyFacts = facts.size > 0;

    // the page: the `first` best after the cursor, kept sorted while the ranking runs
    const cursor = page.after ?? null;
    const best: RankedScore[] = [];
    let total = 0;
    let afterCursor = 0;

    for (let index = 0; index < this.size; index++) {
      const code = this.codes[index] as string;
      if (code === seeker.code) continue;
      let score = 0;
      if (buddy) {
        const status = askedColumn ? (askedColumn[index] as number) : 0;
        if (status === 0) continue;
        score += contribution(MatchFactor.STANDARD_STATUS, status === COMPLETE ? 1 : 0.5);
      } else {
        const candidateLevel = (levelColumn as Int8Array)[index] as number;
        if (seekerLevel === NO_LEVEL || candidateLevel === NO_LEVEL) continue;
        const gap = candidateLevel - seekerLevel;
        if (request.kind === MatchKind.MENTOR) {
          if (gap <= 0) continue;
          score += contribution(MatchFactor.LEVEL_GAP, MENTOR_GAP_VALUES[gap as 1 | 2 | 3 | 4]);
          if ((this.offers[index] as number) & dimensionBit)
            score += contribution(MatchFactor.OFFERS_HELP, 1);
        } else {
          const needs = this.needs[index] as number;
          if (Math.abs(gap) > 1 || !(needs & dimensionBit)) continue;
          score += contribution(MatchFactor.LEVEL_GAP, PEER_GAP_VALUES[Math.abs(gap) as 0 | 1]);
          score += contribution(MatchFactor.SHARED_NEED, bitCount(needs & peerMask) / peerCount);
        }
      }
      const known = anyFacts ? facts.get(code) : undefined;
      const remaining = known ? known.remainingCapacity : capacityOf(index);
      if (remaining <= 0 || known?.open) continue;

      // the modifiers, in the order scoreCandidate adds them
      const languageStart = this.languages.start[index] as number;
      const languageEnd = this.languages.start[index + 1] as number;
      let language = 0;
      for (let at = languageStart; at < languageEnd; at++) {
        const id = this.languages.ids[at] as number;
        if (id === firstLanguageId) {
          language = 1;
          break;
        }
        if (seekerLanguage[id]) language = 0.5;
      }
      if (language > 0) score += contribution(MatchFactor.LANGUAGE, language);
      if (seekerHasSystems) {
        const systemEnd = this.systems.start[index + 1] as number;
        for (let at = this.systems.start[index] as number; at < systemEnd; at++) {
          if (seekerSystem[this.systems.ids[at] as number]) {
            score += contribution(MatchFactor.BUSINESS_SYSTEM, 1);
            break;
          }
        }
      }
      if (seekerStandards.length > 0) {
        let shared = 0;
        for (const column of seekerStandardColumns) if (column && column[index]) shared++;
        if (shared > 0)
          score += contribution(MatchFactor.SHARED_STANDARDS, shared / seekerStandards.length);
      }
      if (seekerOffset !== null) {
        const zone = this.zones[index] as number;
        if (zone >= 0) {
          if (!zoneKnown[zone]) {
            zoneKnown[zone] = 1;
            zoneOffsets[zone] = context.offsetOf(this.zoneIds.values[zone] as string) ?? Number.NaN;
          }
          const offset = zoneOffsets[zone] as number;
          if (!Number.isNaN(offset)) {
            const hours = clockDistanceHours(seekerOffset, offset);
            const value = Math.max(0, 1 - hours / TIME_ZONE_SPAN_HOURS);
            if (value > 0) score += contribution(MatchFactor.TIME_ZONE, value);
          }
        }
      }
      if (this.regions[index] === seekerRegion) score += contribution(MatchFactor.REGION, 1);
      if (known?.declinedSince) {
        const days = Math.max(0, (nowMs - known.declinedSince.getTime()) / DAY_MS);
        if (days < DECLINE_WINDOW_DAYS) score += contribution(MatchFactor.RECENT_DECLINE, 1);
      }
      score = roundScore(Math.min(1, Math.max(0, score)));
      total++;

      if (cursor && !(score < cursor[0] || (score === cursor[0] && code > cursor[1]))) continue;
      afterCursor++;
      const ranked = { score, candidate: this.features[index] as OfficeFeatures };
      if (best.length === page.first) {
        if (compareMatches(ranked, best[best.length - 1] as RankedScore) >= 0) continue;
        best.pop();
      }
      // insertion into the small sorted page
      let at = best.length;
      while (at > 0 && compareMatches(ranked, best[at - 1] as RankedScore) < 0) at--;
      best.splice(at, 0, ranked);
    }
    return { total, after: afterCursor, page: best };
  }
}

/**
 * Every candidate the rules let through with its score, best first (ties by code), through a
 * {@link CandidateIndex} of `candidates`: what a ranking computes, without the reasons.
 */
export function rankScores(
  seeker: OfficeFeatures,
  candidates: readonly OfficeFeatures[],
  request: MatchRequest,
  factsOf: (candidate: OfficeFeatures) => IntroductionFacts,
  now: Date,
): RankedScore[] {
  const index = new CandidateIndex(candidates);
  const facts = new Map(candidates.map((candidate) => [candidate.code, factsOf(candidate)]));
  return index.rank(seeker, request, { facts, capacityOf: () => 0 }, now, {
    first: Math.max(1, candidates.length),
  }).page;
}
