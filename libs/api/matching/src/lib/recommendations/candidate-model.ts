import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '@wild/api/auth';
import { DirectoryCache } from '@wild/api/directory';
import {
  currentMaturitySql,
  MaturityModelService,
  needVisibleTo,
  OfficeNeedEntity,
  OfficeOfferEntity,
  StandardAdoptionEntity,
} from '@wild/api/maturity';
import { OfficeEntity } from '@wild/api/offices';
import {
  LocalizedText,
  MATURITY_DIMENSIONS,
  MaturityDimension,
  MaturityLevel,
  pickLocalized,
  Role,
  WipoRegion,
} from '@wild/shared/domain';

import { CandidateIndex } from '../scoring/candidate-index';
import type {
  AdoptionStatusValue,
  IntroductionFacts,
  OfficeFeatures,
  StandardAdoptionFeature,
} from '../scoring/office-features';
import type { MatchTextLanguage } from '../texts/match-texts';
import type { CandidateCapacity } from './introduction-facts';

/** One office as matching keeps it: its features with and without its confidential needs. */
export interface CandidateRecord {
  readonly code: string;
  /** Its needs as everyone sees them: the confidential ones left out. */
  readonly publicFeatures: OfficeFeatures;
  /** Its needs as its own office and the International Bureau see them: all of them. */
  readonly allFeatures: OfficeFeatures;
  /** The introductions it said it can take on at once as a provider (`mentoringCapacity`). */
  readonly capacity: number;
  readonly names: LocalizedText;
  readonly acronym: string | null;
  readonly acronyms: Readonly<Record<string, string>>;
}

/** Every office of the network at one directory version. */
export interface CandidateSnapshot {
  readonly version: string;
  readonly offices: ReadonlyMap<string, CandidateRecord>;
  readonly records: readonly CandidateRecord[];
  readonly capacities: readonly CandidateCapacity[];
  /** The capacity each office set, in `records`' order. */
  readonly capacityColumn: Int32Array;
  /**
   * The candidates as columns for a ranking: with every need (as brokers and admins see them),
   * and with the public ones only (as a member sees every office but their own, which, as the
   * seeker, is never its own candidate).
   */
  readonly index: { readonly all: CandidateIndex; readonly public: CandidateIndex };
  /** The in-force model's dimension names in English and French. */
  readonly dimensionNames: Readonly<
    Record<MatchTextLanguage, Readonly<Record<MaturityDimension, string>>>
  >;
  /** The offices the pages have shown, read once each at this version ({@link CandidateModel.officesOf}). */
  readonly entities: Map<string, OfficeEntity>;
  /**
   * The introductions' facts of the seekers asked about at this version, read once each: the
   * introduction tables are in the directory's change log, so they change only with the version.
   */
  readonly facts: Map<string, ReadonlyMap<string, IntroductionFacts>>;
}

/** How `viewer` sees each office's needs: a mask over the snapshot, nothing copied. */
export function featuresFor(
  viewer: Pick<AuthenticatedAccount, 'role' | 'officeCode'>,
): (record: CandidateRecord) => OfficeFeatures {
  if (viewer.role === Role.BROKER || viewer.role === Role.ADMIN) return (r) => r.allFeatures;
  return (record) =>
    needVisibleTo(viewer, { officeCode: record.code, confidential: true })
      ? record.allFeatures
      : record.publicFeatures;
}

/** An office's name for matching's texts: its acronym in the language, else its name. */
export function shownName(record: CandidateRecord, language: MatchTextLanguage): string {
  return record.acronyms[language] || record.acronym || pickLocalized(record.names, [language]);
}

interface OfficeRow {
  code: string;
  region: WipoRegion;
  languages: string[];
  time_zone: string | null;
  business_systems: string[];
  capacity: number;
  names: LocalizedText;
  acronym: string | null;
  acronyms: Record<string, string> | null;
  [level: `level_${string}`]: number | null;
}

/**
 * The office features matching needs, for every office, kept in the process: loaded once, and
 * again when the directory's version moves (every table read here is in its change log). A
 * request costs one statement (the version) while nothing changed. Needs are kept with their
 * confidentiality, and each caller's view is a mask ({@link featuresFor}), so one snapshot serves
 * everyone.
 */
@Injectable()
export class CandidateModel {
  private readonly logger = new Logger(CandidateModel.name);
  private snapshot?: CandidateSnapshot;
  private loading?: { version: string; promise: Promise<CandidateSnapshot> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: DirectoryCache,
    private readonly model: MaturityModelService,
  ) {}

  /** The snapshot at the directory's current version (loaded if it moved). */
  async current(): Promise<CandidateSnapshot> {
    const version = await this.directory.version();
    if (this.snapshot?.version === version) return this.snapshot;
    if (this.loading?.version !== version) {
      const promise = this.load(version).then(
        (snapshot) => {
          // a slower load of an older version never replaces a newer one
          if (!this.snapshot || BigInt(this.snapshot.version) <= BigInt(version))
            this.snapshot = snapshot;
          return snapshot;
        },
        (error: unknown) => {
          if (this.loading?.promise === promise) this.loading = undefined;
          throw error;
        },
      );
      this.loading = { version, promise };
    }
    return this.loading.promise;
  }

  private async load(version: string): Promise<CandidateSnapshot> {
    const started = Date.now();
    const current = currentMaturitySql('current');
    const query = this.dataSource
      .createQueryBuilder()
      .from(OfficeEntity, 'office')
      .select('office.code', 'code')
      .addSelect('office.region', 'region')
      .addSelect('office.languages', 'languages')
      .addSelect('office.timeZone', 'time_zone')
      .addSelect('office.businessSystems', 'business_systems')
      .addSelect('office.mentoringCapacity', 'capacity')
      .addSelect('office.names', 'names')
      .addSelect('office.acronym', 'acronym')
      .addSelect('office.acronyms', 'acronyms');
    current.leftJoin(query, 'office.code');
    for (const dimension of MATURITY_DIMENSIONS)
      query.addSelect(current.level(dimension), `level_${dimension}`);
    const offices = await query.orderBy('office.code').getRawMany<OfficeRow>();
    const needs = await this.dataSource.getRepository(OfficeNeedEntity).find({
      select: { officeCode: true, dimension: true, confidential: true },
    });
    const offers = await this.dataSource.getRepository(OfficeOfferEntity).find({
      select: { officeCode: true, dimension: true },
    });
    const adoptions = await this.dataSource.getRepository(StandardAdoptionEntity).find({
      select: { officeCode: true, standard: true, status: true, plannedDate: true },
    });
    const dimensionNames = {
      en: await this.dimensionNames('en'),
      fr: await this.dimensionNames('fr'),
    };

    const group = <T extends { officeCode: string }>(rows: readonly T[]) => {
      const byOffice = new Map<string, T[]>();
      for (const row of rows) {
        const own = byOffice.get(row.officeCode);
        if (own) own.push(row);
        else byOffice.set(row.officeCode, [row]);
      }
      return byOffice;
    };
    const needsOf = group(needs);
    const offersOf = group(offers);
    const adoptionsOf = group(adoptions);

    const records: CandidateRecord[] = offices.map((row) => {
      const levels: Partial<Record<MaturityDimension, MaturityLevel>> = {};
      for (const dimension of MATURITY_DIMENSIONS) {
        const level = row[`level_${dimension}`];
        if (level !== null && level !== undefined)
          levels[dimension] = Number(level) as MaturityLevel;
      }
      const standards: Record<string, StandardAdoptionFeature> = {};
      for (const adoption of adoptionsOf.get(row.code) ?? [])
        standards[adoption.standard] = {
          status: adoption.status as AdoptionStatusValue,
          plannedDate: adoption.plannedDate,
        };
      const ownNeeds = needsOf.get(row.code) ?? [];
      const base = {
        code: row.code,
        region: row.region,
        languages: row.languages ?? [],
        timeZone: row.time_zone,
        businessSystems: row.business_systems ?? [],
        levels,
        offers: new Set((offersOf.get(row.code) ?? []).map((offer) => offer.dimension)),
        standards,
      };
      const allFeatures: OfficeFeatures = {
        ...base,
        needs: new Set(ownNeeds.map((need) => need.dimension)),
      };
      const hasConfidential = ownNeeds.some((need) => need.confidential);
      const publicFeatures: OfficeFeatures = hasConfidential
        ? {
            ...base,
            needs: new Set(ownNeeds.filter((n) => !n.confidential).map((n) => n.dimension)),
          }
        : allFeatures;
      return {
        code: row.code,
        publicFeatures,
        allFeatures,
        capacity: Number(row.capacity),
        names: row.names,
        acronym: row.acronym,
        acronyms: row.acronyms ?? {},
      };
    });
    const capacities = offices.map((row) => ({ code: row.code, capacity: Number(row.capacity) }));
    this.logger.debug(
      `candidate model at version ${version}: ${records.length} offices in ${Date.now() - started} ms`,
    );
    return {
      version,
      offices: new Map(records.map((record) => [record.code, record])),
      records,
      capacities,
      capacityColumn: Int32Array.from(capacities, (entry) => entry.capacity),
      index: {
        all: new CandidateIndex(records.map((record) => record.allFeatures)),
        public: new CandidateIndex(records.map((record) => record.publicFeatures)),
      },
      dimensionNames,
      entities: new Map(),
      facts: new Map(),
    };
  }

  /**
   * The offices of a page, for its `office` fields: read once per snapshot, in one statement for
   * those not read yet. Kept with the snapshot, so a change of any office (in the directory's
   * change log) comes with a new snapshot and reads them anew; every signed-in member may see any
   * office, so one copy serves every caller.
   */
  async officesOf(
    snapshot: CandidateSnapshot,
    codes: readonly string[],
  ): Promise<ReadonlyMap<string, OfficeEntity>> {
    const missing = codes.filter((code) => !snapshot.entities.has(code));
    if (missing.length > 0) {
      const found = await this.dataSource
        .getRepository(OfficeEntity)
        .findBy({ code: In([...new Set(missing)]) });
      for (const office of found) snapshot.entities.set(office.code, office);
    }
    return snapshot.entities;
  }

  private async dimensionNames(
    language: MatchTextLanguage,
  ): Promise<Record<MaturityDimension, string>> {
    const names = Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, d as string])) as Record<
      MaturityDimension,
      string
    >;
    const model = await this.model.get(null, [language]).catch(() => null);
    for (const dimension of model?.dimensions ?? []) names[dimension.dimension] = dimension.name;
    return names;
  }
}
