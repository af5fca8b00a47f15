import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '@wild/api/core';
import {
  DECLINE_WINDOW_DAYS,
  type CandidateCapacity,
  type IntroductionFacts,
  type IntroductionFactsSource,
} from '@wild/api/matching';

const DAY_MS = 24 * 60 * 60 * 1000;

interface FactRow {
  seeker: string | null;
  code: string;
  open_count: number | null;
  open: boolean | null;
  declined_at: Date | null;
}

/**
 * Matching's INTRODUCTION_FACTS from the introductions, in one statement for any number of
 * seekers: each candidate's open introductions as candidate (for its remaining capacity), and
 * for each seeker and office they share an introduction with, whether one is open and when one
 * was last declined (within the window the scorer counts).
 */
@Injectable()
export class BrokeringIntroductionFacts implements IntroductionFactsSource {
  /** The capacities by code, per candidate list (one per directory version): not per request. */
  private readonly capacities = new WeakMap<
    readonly CandidateCapacity[],
    ReadonlyMap<string, number>
  >();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private capacityByCode(candidates: readonly CandidateCapacity[]): ReadonlyMap<string, number> {
    let byCode = this.capacities.get(candidates);
    if (!byCode) {
      byCode = new Map(candidates.map((candidate) => [candidate.code, candidate.capacity]));
      this.capacities.set(candidates, byCode);
    }
    return byCode;
  }

  async forSeekers(
    seekerCodes: readonly string[],
    candidates: readonly CandidateCapacity[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, IntroductionFacts>>> {
    const declinedAfter = new Date(this.clock.nowMs() - DECLINE_WINDOW_DAYS * DAY_MS);
    const rows: FactRow[] = await this.dataSource.query(
      `WITH busy AS (
         SELECT candidate_office_code AS code, count(*)::int AS open_count
           FROM introduction WHERE state IN ('PROPOSED', 'ACTIVE')
          GROUP BY candidate_office_code
       ), pairs AS (
         SELECT seeker.code AS seeker,
                CASE WHEN i.requester_office_code = seeker.code
                     THEN i.candidate_office_code ELSE i.requester_office_code END AS code,
                bool_or(i.state IN ('PROPOSED', 'ACTIVE')) AS open,
                max(i.ended_at) FILTER (WHERE i.state = 'DECLINED') AS declined_at
           FROM unnest($1::varchar[]) AS seeker(code)
           JOIN introduction i
             ON (i.requester_office_code = seeker.code OR i.candidate_office_code = seeker.code)
          WHERE i.state IN ('PROPOSED', 'ACTIVE')
             OR (i.state = 'DECLINED' AND i.ended_at > $2)
          GROUP BY 1, 2
       )
       SELECT NULL AS seeker, code, open_count, NULL::boolean AS open, NULL::timestamptz AS declined_at FROM busy
       UNION ALL
       SELECT seeker, code, NULL, open, declined_at FROM pairs`,
      [[...new Set(seekerCodes)], declinedAfter],
    );
    const capacity = this.capacityByCode(candidates);
    const busy = new Map<string, number>();
    for (const row of rows) if (row.seeker === null) busy.set(row.code, Number(row.open_count));
    const base = (code: string): IntroductionFacts => ({
      remainingCapacity: (capacity.get(code) ?? 0) - (busy.get(code) ?? 0),
      open: false,
      declinedSince: null,
    });
    const result = new Map<string, Map<string, IntroductionFacts>>();
    for (const seeker of seekerCodes) {
      const facts = new Map<string, IntroductionFacts>();
      for (const code of busy.keys()) facts.set(code, base(code));
      result.set(seeker, facts);
    }
    for (const row of rows) {
      if (row.seeker === null) continue;
      result.get(row.seeker)?.set(row.code, {
        ...base(row.code),
        open: Boolean(row.open),
        declinedSince: row.declined_at ? new Date(row.declined_at) : null,
      });
    }
    return result;
  }
}
