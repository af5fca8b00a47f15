import { MatchKind } from '@wild/api/matching';
import { MaturityDimension } from '@wild/shared/domain';

import { IntroductionOutcome, IntroductionSide, MatchUrgency } from '../brokering.enums';

/** The demo broker: every demo introduction is its proposal. */
export const DEMO_BROKER_EMAIL = 'broker@demo.wild.example';

const MEMBER_BR = 'member.br@demo.wild.example';
const MEMBER_JP = 'member.jp@demo.wild.example';
const MEMBER_FR = 'member.fr@demo.wild.example';
const MEMBER_SN = 'member.sn@demo.wild.example';
const ADMIN_FR = 'office-admin.fr@demo.wild.example';
const ADMIN_KE = 'office-admin.ke@demo.wild.example';

/** One move of a demo request's life, `at` days before the present (fractions are hours). */
export type DemoStep =
  | {
      readonly at: number;
      readonly step: 'propose';
      readonly candidate: string;
      readonly message: string;
    }
  | {
      readonly at: number;
      readonly step: 'answer';
      readonly side: IntroductionSide;
      readonly by: string;
      readonly accept: boolean;
      readonly reason?: string;
    }
  | {
      readonly at: number;
      readonly step: 'close';
      readonly by: string;
      readonly outcome: IntroductionOutcome;
      readonly notes: string;
    }
  | {
      readonly at: number;
      readonly step: 'cancelIntroduction';
      readonly by: string;
      readonly reason: string;
    }
  | {
      readonly at: number;
      readonly step: 'cancelRequest';
      readonly by: string;
      readonly reason: string;
    }
  /** The expiry's move, INTRODUCTION_EXPIRY_DAYS after the proposal (it has no `at` of its own). */
  | { readonly step: 'expire' };

/** A demo request as its office asked it, and what happened to it since, oldest first. */
export interface DemoRequestScript {
  /** The demo account that asked; `office` is the office it must belong to. */
  readonly requester: string;
  readonly office: string;
  readonly kind: MatchKind;
  readonly dimension?: MaturityDimension;
  readonly standard?: string;
  readonly topic: string;
  readonly goal: string;
  readonly urgency: MatchUrgency;
  readonly preferredLanguages: string[];
  readonly suggestedOfficeCode?: string;
  readonly createdAt: number;
  readonly steps: readonly DemoStep[];
}

/**
 * Invented requests in every state, and introductions in every state, with dates relative to the
 * present. Kept clear of issue 12's demo: SN takes part only in an EXPIRED introduction, and FR,
 * MA and CI (SN's mentors in SECURITY) are candidate of no PROPOSED or ACTIVE one. Requesters and
 * those who answer are demo accounts allowed to; a candidate office without a demo office admin
 * (GB, CA, JP, MA, US, ZA) never answers.
 */
export function demoBrokeringScripts(expiryDays: number): DemoRequestScript[] {
  // a PROPOSED introduction stays well inside the expiry window, however short it is configured
  const fresh = (days: number) => Math.min(days, expiryDays / 4);
  const expiredAgo = 19;
  const expiredProposal = expiredAgo + expiryDays;
  return [
    // OPEN, never introduced: 2, 9 and 30 days waiting, three urgencies
    {
      requester: MEMBER_BR,
      office: 'BR',
      kind: MatchKind.MENTOR,
      dimension: MaturityDimension.EMERGING,
      topic: 'A first pilot of AI-assisted classification of goods and services',
      goal: 'We want to start a six-month pilot in 2026 and need an office that has run one to review our plan and data set.',
      urgency: MatchUrgency.HIGH,
      preferredLanguages: ['pt', 'es', 'en'],
      createdAt: 2,
      steps: [],
    },
    {
      requester: MEMBER_JP,
      office: 'JP',
      kind: MatchKind.PEER,
      dimension: MaturityDimension.EMERGING,
      topic: 'Comparing machine-translation evaluations for incoming patent documents',
      goal: 'Exchange test sets and evaluation methods with an office at a similar stage, and publish a joint note.',
      urgency: MatchUrgency.NORMAL,
      preferredLanguages: ['en', 'ja'],
      createdAt: 9,
      steps: [],
    },
    // OPEN again: the bureau cancelled its introduction
    {
      requester: ADMIN_KE,
      office: 'KE',
      kind: MatchKind.MENTOR,
      dimension: MaturityDimension.PEOPLE,
      topic: 'Training our ICT staff in IPAS administration',
      goal: 'A training plan and two job-shadowing weeks for four ICT staff who will run IPAS after the migration.',
      urgency: MatchUrgency.LOW,
      preferredLanguages: ['en', 'sw'],
      createdAt: 30,
      steps: [
        {
          at: 27,
          step: 'propose',
          candidate: 'US',
          message:
            'KE would like to train its ICT staff in IPAS administration; your office offers help with ICT skills and runs IPAS. Would you host two job-shadowing weeks?',
        },
        {
          at: 20,
          step: 'cancelIntroduction',
          by: DEMO_BROKER_EMAIL,
          reason:
            'The candidate office’s training team is being reorganised; we will propose another office.',
        },
      ],
    },
    // OPEN again: the candidate declined
    {
      requester: MEMBER_BR,
      office: 'BR',
      kind: MatchKind.MENTOR,
      dimension: MaturityDimension.SERVICES,
      topic: 'Online payment for trademark e-filing',
      goal: 'Learn how a peer office connected e-filing to online payment and reconciliation, before our tender.',
      urgency: MatchUrgency.NORMAL,
      preferredLanguages: ['pt', 'en'],
      suggestedOfficeCode: 'FR',
      createdAt: 16,
      steps: [
        {
          at: 14,
          step: 'propose',
          candidate: 'FR',
          message:
            'BR is preparing a tender for online payment in trademark e-filing; you offer help with online services. Could your e-filing team share its experience?',
        },
        {
          at: 11,
          step: 'answer',
          side: IntroductionSide.CANDIDATE,
          by: ADMIN_FR,
          accept: false,
          reason:
            'Our only mentoring slot is taken until our new e-filing release; please ask us again in the autumn.',
        },
      ],
    },
    // OPEN again: its introduction expired, the requester's yes unmatched
    {
      requester: MEMBER_SN,
      office: 'SN',
      kind: MatchKind.STANDARD_BUDDY,
      standard: 'ST.26',
      topic: 'Implementing ST.26 sequence listings end to end',
      goal: 'Reuse a validated ST.26 reception and publication workflow, with test files, before our 2027 go-live.',
      urgency: MatchUrgency.NORMAL,
      preferredLanguages: ['fr'],
      suggestedOfficeCode: 'MA',
      createdAt: expiredProposal + 2,
      steps: [
        {
          at: expiredProposal,
          step: 'propose',
          candidate: 'MA',
          message:
            'SN plans ST.26 for 2027; you implemented it completely, also work in French and run IPAS. Would you walk SN through your workflow?',
        },
        {
          at: expiredProposal - 2,
          step: 'answer',
          side: IntroductionSide.REQUESTER,
          by: MEMBER_SN,
          accept: true,
        },
        { step: 'expire' },
      ],
    },
    // INTRODUCED: no one has answered yet
    {
      requester: MEMBER_JP,
      office: 'JP',
      kind: MatchKind.STANDARD_BUDDY,
      standard: 'ST.96',
      topic: 'Finishing ST.96 for trademark data exchange',
      goal: 'Compare our ST.96 trademark mappings with an office that completed them, and agree on test files.',
      urgency: MatchUrgency.NORMAL,
      preferredLanguages: ['en', 'ja'],
      createdAt: 6,
      steps: [
        {
          at: fresh(3),
          step: 'propose',
          candidate: 'GB',
          message:
            'JP is finishing its ST.96 trademark mappings; you implemented ST.96 completely. Would you compare mappings and exchange test files?',
        },
      ],
    },
    // INTRODUCED again after the requester declined a first candidate; the requester said yes
    {
      requester: MEMBER_FR,
      office: 'FR',
      kind: MatchKind.MENTOR,
      dimension: MaturityDimension.EMERGING,
      topic: 'Moving an AI prior-art search pilot into production',
      goal: 'Advice on evaluation, monitoring and procurement from an office that runs AI search in production.',
      urgency: MatchUrgency.HIGH,
      preferredLanguages: ['fr', 'en'],
      createdAt: 30,
      steps: [
        {
          at: 27,
          step: 'propose',
          candidate: 'JP',
          message:
            'FR wants to move its AI prior-art search pilot into production; you run AI tools in production. Would you share your evaluation method?',
        },
        {
          at: 24,
          step: 'answer',
          side: IntroductionSide.REQUESTER,
          by: MEMBER_FR,
          accept: false,
          reason:
            'We need evaluations on French and English documents; a French-speaking office would suit us better.',
        },
        {
          at: fresh(4),
          step: 'propose',
          candidate: 'CA',
          message:
            'FR wants to move its AI prior-art search pilot into production; you run AI tools, and work in French and English. Would you share your experience?',
        },
        {
          at: fresh(2),
          step: 'answer',
          side: IntroductionSide.REQUESTER,
          by: MEMBER_FR,
          accept: true,
        },
      ],
    },
    // FULFILLED, its introduction ACTIVE: both said yes about ten days ago
    {
      requester: MEMBER_BR,
      office: 'BR',
      kind: MatchKind.PEER,
      dimension: MaturityDimension.INTEROP,
      topic: 'Sharing the work of moving to WIPO XML standards',
      goal: 'Two offices at the same stage split the ST.96 and ST.26 mapping work and review each other’s files.',
      urgency: MatchUrgency.NORMAL,
      preferredLanguages: ['en', 'pt'],
      createdAt: 25,
      steps: [
        {
          at: 20,
          step: 'propose',
          candidate: 'KE',
          message:
            'BR and KE both seek help with WIPO standards and data exchange, at close levels. Would you share the mapping work?',
        },
        {
          at: 18,
          step: 'answer',
          side: IntroductionSide.REQUESTER,
          by: MEMBER_BR,
          accept: true,
        },
        {
          at: 10,
          step: 'answer',
          side: IntroductionSide.CANDIDATE,
          by: ADMIN_KE,
          accept: true,
          reason: 'Glad to: our ST.26 plan starts this year.',
        },
      ],
    },
    // FULFILLED, its introduction CLOSED with an outcome
    {
      requester: ADMIN_KE,
      office: 'KE',
      kind: MatchKind.MENTOR,
      dimension: MaturityDimension.SECURITY,
      topic: 'An information security management system towards ISO 27001',
      goal: 'A gap analysis against ISO 27001 and a tested incident response plan within a year.',
      urgency: MatchUrgency.HIGH,
      preferredLanguages: ['en', 'fr'],
      suggestedOfficeCode: 'FR',
      createdAt: 200,
      steps: [
        {
          at: 195,
          step: 'propose',
          candidate: 'FR',
          message:
            'KE is starting towards ISO 27001; you offer help in cybersecurity from your own certification. Would you mentor KE’s security team?',
        },
        {
          at: 193,
          step: 'answer',
          side: IntroductionSide.REQUESTER,
          by: ADMIN_KE,
          accept: true,
        },
        {
          at: 190,
          step: 'answer',
          side: IntroductionSide.CANDIDATE,
          by: ADMIN_FR,
          accept: true,
        },
        {
          at: 35,
          step: 'close',
          by: ADMIN_KE,
          outcome: IntroductionOutcome.SUCCESSFUL,
          notes:
            'Gap analysis done with FR’s template; incident response plan adopted and tested in a joint exercise. Certification audit planned next year.',
        },
      ],
    },
    // CANCELLED by the requester, its PROPOSED introduction with it
    {
      requester: MEMBER_JP,
      office: 'JP',
      kind: MatchKind.STANDARD_BUDDY,
      standard: 'ST.27',
      topic: 'Legal status data under ST.27',
      goal: 'Map our legal status events to ST.27 codes with an office that has done it.',
      urgency: MatchUrgency.LOW,
      preferredLanguages: ['en'],
      createdAt: 60,
      steps: [
        {
          at: 55,
          step: 'propose',
          candidate: 'ZA',
          message:
            'JP is mapping legal status events to ST.27; you implemented ST.27 completely. Would you compare mappings?',
        },
        {
          at: 50,
          step: 'cancelRequest',
          by: MEMBER_JP,
          reason:
            'Our ST.27 mapping is now handled within a regional working group; we no longer need a partner.',
        },
      ],
    },
  ];
}
