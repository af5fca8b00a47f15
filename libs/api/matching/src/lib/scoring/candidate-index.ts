import { MATURITY_DIMENSIONS, MATURITY_LEVELS, type MaturityDimension } from '@wild/shared/domain';

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

const MAX_LEVEL = Math.max(...MATURITY_LEVELS);

/** The most the modifiers add together (RECENT_DECLINE only takes away). */
const MODIFIERS_MOST =
  MATCH_WEIGHTS[MatchFactor.LANGUAGE] +
  MATCH_WEIGHTS[MatchFactor.BUSINESS_SYSTEM] +
  MATCH_WEIGHTS[MatchFactor.SHARED_STANDARDS] +
  MATCH_WEIGHTS[MatchFactor.TIME_ZONE] +
  MATCH_WEIGHTS[MatchFactor.REGION];

/** Each contribution is rounded to 6 decimals: a bound allows for that much per factor. */
const ROUNDING_SLACK = 1e-5;

/** What the introductions say of the candidates, for one seeker (see `rank`). */
export interface CandidateIntroductions {
  readonly facts: ReadonlyMap<string, IntroductionFacts>;
  readonly capacityOf: (index: number) => number;
}

/** A candidate's code and score, without its reasons. */
export interface ScoredCode {
  readonly officeCode: string;
  readonly score: number;
}

/** Candidates of the same kind score at most `bound`. */
interface CandidateGroup {
  readonly bound: number;
  readonly indices: Int32Array;
}

/** By level (index 1 to 5). */
interface DimensionLists {
  readonly offering: readonly Int32Array[];
  readonly notOffering: readonly Int32Array[];
  readonly needing: readonly Int32Array[];
}

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
  /** `best`'s groups, made when first asked (the index lives as long as its snapshot). */
  private readonly byDimension = new Map<MaturityDimension, DimensionLists>();
  private readonly byStandard = new Map<number, { complete: Int32Array; partial: Int32Array }>();

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
    introductions: CandidateIntroductions,
    now: Date,
    page: { readonly first: number; readonly after?: readonly [number, string] | null },
  ): { readonly total: number; readonly after: number; readonly page: RankedScore[] } {
    const scoreOf = this.scorer(seeker, request, introductions, now);
    const cursor = page.after ?? null;
    const best = new TopScores(page.first, this.features);
    let total = 0;
    let afterCursor = 0;
    for (let index = 0; index < this.size; index++) {
      const score = scoreOf(index);
      if (score < 0) continue;
      total++;
      const code = this.codes[index] as string;
      if (cursor && !(score < cursor[0] || (score === cursor[0] && code > cursor[1]))) continue;
      afterCursor++;
      best.offer(score, index);
    }
    return { total, after: afterCursor, page: best.ranked() };
  }

  /**
   * The `first` best candidates of {@link rank}'s first page, without counting the others: the
   * candidates are read by groups of the same kind score (a level, offering help or not; a
   * standard's status), best group first, and the reading stops once no candidate of the groups
   * left can beat the page's last (their kind score plus every modifier at its most). An
   * assignment ranks thousands of seekers; most groups are never read.
   */
  best(
    seeker: OfficeFeatures,
    request: MatchRequest,
    introductions: CandidateIntroductions,
    now: Date,
    first: number,
  ): ScoredCode[] {
    const scoreOf = this.scorer(seeker, request, introductions, now);
    const best = new TopScores(first, this.features);
    for (const group of this.groupsFor(seeker, request)) {
      if (best.full && best.lowest > group.bound + MODIFIERS_MOST + ROUNDING_SLACK) break;
      const { indices } = group;
      for (let at = 0; at < indices.length; at++) {
        const index = indices[at] as number;
        const score = scoreOf(index);
        if (score >= 0) best.offer(score, index);
      }
    }
    return best.ranked().map(({ score, candidate }) => ({ officeCode: candidate.code, score }));
  }

  /**
   * The candidates that may score for this request, by kind score (`bound`: the most their kind's
   * factors give), best first. The seeker itself may be in one: the scorer leaves it out.
   */
  private groupsFor(seeker: OfficeFeatures, request: MatchRequest): CandidateGroup[] {
    const groups: CandidateGroup[] = [];
    const weight = MATCH_WEIGHTS;
    if (request.kind === MatchKind.STANDARD_BUDDY) {
      const id = this.standardIds.find(request.standard);
      const lists = id === undefined ? undefined : this.standardLists(id);
      if (lists) {
        groups.push({ bound: weight[MatchFactor.STANDARD_STATUS], indices: lists.complete });
        groups.push({ bound: weight[MatchFactor.STANDARD_STATUS] * 0.5, indices: lists.partial });
      }
    } else {
      const seekerLevel = seeker.levels[request.dimension] ?? NO_LEVEL;
      if (seekerLevel === NO_LEVEL) return groups;
      const lists = this.dimensionLists(request.dimension);
      for (let level = 1; level <= MAX_LEVEL; level++) {
        const gap = level - seekerLevel;
        if (request.kind === MatchKind.MENTOR) {
          if (gap <= 0) continue;
          const gapPart = weight[MatchFactor.LEVEL_GAP] * MENTOR_GAP_VALUES[gap as 1 | 2 | 3 | 4];
          groups.push({
            bound: gapPart + weight[MatchFactor.OFFERS_HELP],
            indices: lists.offering[level] as Int32Array,
          });
          groups.push({ bound: gapPart, indices: lists.notOffering[level] as Int32Array });
        } else {
          if (Math.abs(gap) > 1) continue;
          groups.push({
            bound:
              weight[MatchFactor.LEVEL_GAP] * PEER_GAP_VALUES[Math.abs(gap) as 0 | 1] +
              weight[MatchFactor.SHARED_NEED],
            indices: lists.needing[level] as Int32Array,
          });
        }
      }
    }
    return groups.sort((a, b) => b.bound - a.bound);
  }

  /** A dimension's candidates by level: offering help in it or not, seeking help in it. */
  private dimensionLists(dimension: MaturityDimension): DimensionLists {
    let lists = this.byDimension.get(dimension);
    if (!lists) {
      const levels = this.levels[dimension];
      const bit = DIMENSION_BIT.get(dimension) ?? 0;
      const offering: number[][] = [];
      const notOffering: number[][] = [];
      const needing: number[][] = [];
      for (let level = 0; level <= MAX_LEVEL; level++) {
        offering.push([]);
        notOffering.push([]);
        needing.push([]);
      }
      for (let index = 0; index < this.size; index++) {
        const level = levels[index] as number;
        if (level === NO_LEVEL) continue;
        ((this.offers[index] as number) & bit ? offering : notOffering)[level]?.push(index);
        if ((this.needs[index] as number) & bit) needing[level]?.push(index);
      }
      lists = {
        offering: offering.map((list) => Int32Array.from(list)),
        notOffering: notOffering.map((list) => Int32Array.from(list)),
        needing: needing.map((list) => Int32Array.from(list)),
      };
      this.byDimension.set(dimension, lists);
    }
    return lists;
  }

  /** A standard's candidates: those that implemented it completely, those implementing it. */
  private standardLists(id: number): { complete: Int32Array; partial: Int32Array } | undefined {
    const column = this.standards[id];
    if (!column) return undefined;
    let lists = this.byStandard.get(id);
    if (!lists) {
      const complete: number[] = [];
      const partial: number[] = [];
      column.forEach((status, index) => {
        if (status === COMPLETE) complete.push(index);
        else if (status === PARTIAL) partial.push(index);
      });
      lists = { complete: Int32Array.from(complete), partial: Int32Array.from(partial) };
      this.byStandard.set(id, lists);
    }
    return lists;
  }

  /**
   * The score of candidate `index` for this seeker and request, or −1 when a rule leaves it out
   * (itself, the kind's hard rules, no capacity left, an open introduction between the two).
   * What the seeker brings is computed once, here; the function reads columns only.
   */
  private scorer(
    seeker: OfficeFeatures,
    request: MatchRequest,
    introductions: CandidateIntroductions,
    now: Date,
  ): (index: number) => number {
    const context = scoringContext(now);
    const nowMs = now.getTime();
    const weight = MATCH_WEIGHTS;
    const contribution = (factor: MatchFactor, value: number) =>
      roundScore(weight[factor] * roundScore(value));

    // what the seeker brings, once
    const buddy = request.kind === MatchKind.STANDARD_BUDDY;
    const mentor = request.kind === MatchKind.MENTOR;
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
    const seekerRegion = seeker.region ? (this.regionIds.find(seeker.region) ?? -2) : -2;
    const { facts, capacityOf } = introductions;
    const anyFacts = facts.size > 0;

    // every contribution a candidate can get, computed once: the loop below only adds them up,
    // in scoreCandidate's order, so that the sums are the same to the last bit
    const statusComplete = contribution(MatchFactor.STANDARD_STATUS, 1);
    const statusPartial = contribution(MatchFactor.STANDARD_STATUS, 0.5);
    const mentorGap = [0, 1, 2, 3, 4].map((gap) =>
      gap === 0 ? 0 : contribution(MatchFactor.LEVEL_GAP, MENTOR_GAP_VALUES[gap as 1 | 2 | 3 | 4]),
    );
    const offersHelp = contribution(MatchFactor.OFFERS_HELP, 1);
    const peerGap = [0, 1].map((gap) =>
      contribution(MatchFactor.LEVEL_GAP, PEER_GAP_VALUES[gap as 0 | 1]),
    );
    const sharedNeed = Array.from({ length: peerCount + 1 }, (_, shared) =>
      contribution(MatchFactor.SHARED_NEED, shared / peerCount),
    );
    const languageMain = contribution(MatchFactor.LANGUAGE, 1);
    const languageOther = contribution(MatchFactor.LANGUAGE, 0.5);
    const systemShared = contribution(MatchFactor.BUSINESS_SYSTEM, 1);
    const sharedStandards = Array.from({ length: seekerStandards.length + 1 }, (_, shared) =>
      contribution(MatchFactor.SHARED_STANDARDS, shared / seekerStandards.length),
    );
    const sameRegion = contribution(MatchFactor.REGION, 1);
    const recentDecline = contribution(MatchFactor.RECENT_DECLINE, 1);
    /** By zone id: its TIME_ZONE contribution, 0 for none; NaN until first read. */
    const zoneContribution = new Float64Array(this.zoneIds.size).fill(Number.NaN);
    const zoneContributionOf = (zone: number): number => {
      const offset = context.offsetOf(this.zoneIds.values[zone] as string);
      if (offset === null || seekerOffset === null) return 0;
      const value = Math.max(
        0,
        1 - clockDistanceHours(seekerOffset, offset) / TIME_ZONE_SPAN_HOURS,
      );
      return value > 0 ? contribution(MatchFactor.TIME_ZONE, value) : 0;
    };

    return (index) => {
      const code = this.codes[index] as string;
      if (code === seeker.code) return -1;
      let score = 0;
      if (buddy) {
        const status = askedColumn ? (askedColumn[index] as number) : 0;
        if (status === 0) return -1;
        score += status === COMPLETE ? statusComplete : statusPartial;
      } else {
        const candidateLevel = (levelColumn as Int8Array)[index] as number;
        if (seekerLevel === NO_LEVEL || candidateLevel === NO_LEVEL) return -1;
        const gap = candidateLevel - seekerLevel;
        if (mentor) {
          if (gap <= 0) return -1;
          score += mentorGap[gap] as number;
          if ((this.offers[index] as number) & dimensionBit) score += offersHelp;
        } else {
          const needs = this.needs[index] as number;
          if (Math.abs(gap) > 1 || !(needs & dimensionBit)) return -1;
          score += peerGap[Math.abs(gap)] as number;
          score += sharedNeed[bitCount(needs & peerMask)] as number;
        }
      }
      const known = anyFacts ? facts.get(code) : undefined;
      const remaining = known ? known.remainingCapacity : capacityOf(index);
      if (remaining <= 0 || known?.open) return -1;

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
      if (language > 0) score += language === 1 ? languageMain : languageOther;
      if (seekerHasSystems) {
        const systemEnd = this.systems.start[index + 1] as number;
        for (let at = this.systems.start[index] as number; at < systemEnd; at++) {
          if (seekerSystem[this.systems.ids[at] as number]) {
            score += systemShared;
            break;
          }
        }
      }
      if (seekerStandards.length > 0) {
        let shared = 0;
        for (const column of seekerStandardColumns) if (column && column[index]) shared++;
        if (shared > 0) score += sharedStandards[shared] as number;
      }
      if (seekerOffset !== null) {
        const zone = this.zones[index] as number;
        if (zone >= 0) {
          let added = zoneContribution[zone] as number;
          if (Number.isNaN(added)) added = zoneContribution[zone] = zoneContributionOf(zone);
          if (added > 0) score += added;
        }
      }
      if (this.regions[index] === seekerRegion) score += sameRegion;
      if (known?.declinedSince) {
        const days = Math.max(0, (nowMs - known.declinedSince.getTime()) / DAY_MS);
        if (days < DECLINE_WINDOW_DAYS) score += recentDecline;
      }
      return roundScore(Math.min(1, Math.max(0, score)));
    };
  }
}

/**
 * The `first` best of the candidates offered, kept sorted (best first, ties by code): a page is
 * small, so an insertion into a short array beats a heap.
 */
class TopScores {
  private readonly best: RankedScore[] = [];

  constructor(
    private readonly first: number,
    private readonly features: readonly OfficeFeatures[],
  ) {}

  get full(): boolean {
    return this.best.length >= this.first;
  }

  /** The last score of the page (when full). */
  get lowest(): number {
    return (this.best[this.best.length - 1] as RankedScore).score;
  }

  offer(score: number, index: number): void {
    const best = this.best;
    const last = best[best.length - 1];
    // the cheap refusal first: most candidates score below a full page's last
    if (this.full && last && score < last.score) return;
    const ranked = { score, candidate: this.features[index] as OfficeFeatures };
    if (this.full) {
      if (compareMatches(ranked, last as RankedScore) >= 0) return;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && compareMatches(ranked, best[at - 1] as RankedScore) < 0) at--;
    best.splice(at, 0, ranked);
  }

  ranked(): RankedScore[] {
    return this.best;
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
