import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';

import { AccountEntity } from '@wild/api/auth';
import { AppConfig, Clock } from '@wild/api/core';
import { Seed, Seeder } from '@wild/api/database';
import { MatchKind } from '@wild/api/matching';
import { OfficeEntity } from '@wild/api/offices';

import {
  actorOf,
  isBureau,
  mayCancelRequest,
  sideOf,
  type BrokeringViewer,
} from '../brokering-access';
import {
  BrokeringAction,
  BrokeringActor,
  IntroductionSide,
  IntroductionState,
  MatchRequestState,
  OPEN_INTRODUCTION_STATES,
} from '../brokering.enums';
import type { BrokeringMove } from '../history/brokering-log';
import { BrokeringTransitionEntity } from '../history/brokering-transition.entity';
import { IntroductionEntity } from '../introductions/introduction.entity';
import { MatchRequestEntity } from '../requests/match-request.entity';
import { introductionAfter, requestAfter } from '../states/brokering-states';
import {
  DEMO_BROKER_EMAIL,
  demoBrokeringScripts,
  type DemoRequestScript,
} from './demo-brokering.content';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A demo request played to its present state: its rows, as the services would have left them. */
interface Played {
  readonly request: MatchRequestEntity;
  readonly introductions: IntroductionEntity[];
  readonly moves: BrokeringMove[];
}

/** Why a script cannot be played on this database (a demo account changed or went). */
class Unplayable extends Error {}

/**
 * Demo data (DEMO_DATA): match requests in every state and introductions in every state, asked
 * by the demo accounts and proposed by the demo broker, with the history the services would have
 * written (without audit entries or events: no one did these things). Dates are relative to the
 * clock's present. All illustrative. A database where anyone has asked for a match already is
 * left alone; a script whose accounts are missing, moved or may no longer answer is skipped, as
 * is one whose open introduction the candidate office has no capacity left for.
 */
@Injectable()
@Seed({ name: 'demo match requests and introductions', order: 60, kind: 'demo' })
export class DemoBrokeringSeeder implements Seeder {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async seed(manager: EntityManager): Promise<void> {
    if ((await manager.count(MatchRequestEntity)) > 0) return;
    const scripts = demoBrokeringScripts(this.config.introductionExpiryDays);
    const emails = [
      ...new Set([
        DEMO_BROKER_EMAIL,
        ...scripts.flatMap((script) => [
          script.requester,
          ...script.steps.flatMap((step) => ('by' in step ? [step.by] : [])),
        ]),
      ]),
    ];
    const accounts = new Map(
      (
        await manager.find(AccountEntity, {
          where: { email: In(emails), illustrative: true, active: true },
        })
      ).map((account) => [account.email, account]),
    );
    const candidates = [
      ...new Set(
        scripts.flatMap((script) =>
          script.steps.flatMap((step) => (step.step === 'propose' ? [step.candidate] : [])),
        ),
      ),
    ];
    // no introduction is open yet (no request exists): a candidate's capacity is all it has left
    const remaining: Map<string, number> = new Map(
      (await manager.findBy(OfficeEntity, { code: In(candidates) })).map((office) => [
        office.code,
        office.mentoringCapacity,
      ]),
    );

    const played: Played[] = [];
    for (const script of scripts) {
      const result = this.play(script, accounts, remaining);
      if (!result) continue;
      const open = result.introductions.find((introduction) =>
        (OPEN_INTRODUCTION_STATES as readonly IntroductionState[]).includes(introduction.state),
      );
      if (open) {
        const left = remaining.get(open.candidateOfficeCode) ?? 0;
        if (left < 1) continue;
        remaining.set(open.candidateOfficeCode, left - 1);
      }
      played.push(result);
    }
    if (played.length === 0) return;
    await manager.insert(
      MatchRequestEntity,
      played.map((result) => result.request),
    );
    await manager.insert(
      IntroductionEntity,
      played.flatMap((result) => result.introductions),
    );
    await manager.insert(
      BrokeringTransitionEntity,
      played.flatMap((result) => result.moves),
    );
  }

  /**
   * The script's rows, each move checked by the state rules and the answering rules; null if it
   * cannot be played on this database.
   */
  private play(
    script: DemoRequestScript,
    accounts: ReadonlyMap<string, AccountEntity>,
    offices: ReadonlyMap<string, number>,
  ): Played | null {
    try {
      return this.playOrThrow(script, accounts, offices);
    } catch (error) {
      if (error instanceof Unplayable) return null;
      throw error;
    }
  }

  private playOrThrow(
    script: DemoRequestScript,
    accounts: ReadonlyMap<string, AccountEntity>,
    offices: ReadonlyMap<string, number>,
  ): Played {
    const account = (email: string): BrokeringViewer => {
      const found = accounts.get(email);
      if (!found) throw new Unplayable(email);
      return found;
    };
    const requester = account(script.requester);
    const broker = account(DEMO_BROKER_EMAIL);
    if (requester.officeCode !== script.office || !isBureau(broker)) throw new Unplayable();
    const nowMs = this.clock.nowMs();
    const daysAgo = (days: number) => new Date(nowMs - days * DAY_MS);
    const created = daysAgo(script.createdAt);
    const request: MatchRequestEntity = Object.assign(new MatchRequestEntity(), {
      id: randomUUID(),
      officeCode: script.office,
      requesterId: requester.id,
      kind: script.kind,
      dimension: script.kind === MatchKind.STANDARD_BUDDY ? null : (script.dimension ?? null),
      standard: script.kind === MatchKind.STANDARD_BUDDY ? (script.standard ?? null) : null,
      topic: script.topic,
      goal: script.goal,
      urgency: script.urgency,
      preferredLanguages: script.preferredLanguages,
      suggestedOfficeCode: script.suggestedOfficeCode ?? null,
      state: MatchRequestState.OPEN,
      createdAt: created,
      updatedAt: created,
      illustrative: true,
    });
    const introductions: IntroductionEntity[] = [];
    const moves: BrokeringMove[] = [
      {
        requestId: request.id,
        introductionId: null,
        action: BrokeringAction.REQUEST_CREATED,
        fromState: null,
        toState: MatchRequestState.OPEN,
        actor: actorOf(requester, request),
        actorId: requester.id,
        reason: null,
        at: created,
      },
    ];
    const moveRequest = (
      to: MatchRequestState,
      action: BrokeringAction,
      by: Pick<BrokeringMove, 'actor' | 'actorId' | 'at'>,
      introductionId: string | null,
      reason: string | null = null,
    ) => {
      moves.push({
        requestId: request.id,
        introductionId,
        action,
        fromState: request.state,
        toState: to,
        reason,
        ...by,
      });
      request.state = to;
      request.updatedAt = by.at;
    };
    const moveIntroduction = (
      introduction: IntroductionEntity,
      to: IntroductionState,
      action: BrokeringAction,
      by: Pick<BrokeringMove, 'actor' | 'actorId' | 'at'>,
      reason: string | null = null,
    ) => {
      moves.push({
        requestId: request.id,
        introductionId: introduction.id,
        action,
        fromState: introduction.state,
        toState: to,
        reason,
        ...by,
      });
      introduction.state = to;
    };
    const current = () => {
      const last = introductions[introductions.length - 1];
      if (!last) throw new Error(`Demo script "${script.topic}": a step before any proposal.`);
      return last;
    };

    for (const step of script.steps) {
      const at =
        step.step === 'expire'
          ? new Date(current().proposedAt.getTime() + this.config.introductionExpiryDays * DAY_MS)
          : daysAgo(step.at);
      if (at.getTime() < (moves[moves.length - 1]?.at.getTime() ?? 0) || at.getTime() > nowMs)
        throw new Error(`Demo script "${script.topic}": its steps are not in order.`);
      switch (step.step) {
        case 'propose': {
          if (!offices.has(step.candidate)) throw new Unplayable(step.candidate);
          const requestState = requestAfter(request.state, 'introduce');
          const introduction: IntroductionEntity = Object.assign(new IntroductionEntity(), {
            id: randomUUID(),
            requestId: request.id,
            requesterOfficeCode: request.officeCode,
            candidateOfficeCode: step.candidate,
            state: IntroductionState.PROPOSED,
            message: step.message,
            proposedById: broker.id,
            proposedAt: at,
            requesterAccepted: null,
            requesterAnsweredById: null,
            requesterAnsweredAt: null,
            requesterReason: null,
            candidateAccepted: null,
            candidateAnsweredById: null,
            candidateAnsweredAt: null,
            candidateReason: null,
            activatedAt: null,
            endedAt: null,
            outcome: null,
            outcomeNotes: null,
            illustrative: true,
          });
          introductions.push(introduction);
          const by = { actor: BrokeringActor.BUREAU, actorId: broker.id, at };
          moves.push({
            requestId: request.id,
            introductionId: introduction.id,
            action: BrokeringAction.INTRODUCTION_PROPOSED,
            fromState: null,
            toState: IntroductionState.PROPOSED,
            reason: null,
            ...by,
          });
          moveRequest(requestState, BrokeringAction.REQUEST_INTRODUCED, by, introduction.id);
          break;
        }
        case 'answer': {
          const introduction = current();
          const who = account(step.by);
          // the account must still answer for that side (DOMAIN, "Who answers an introduction")
          if (sideOf(who, introduction, request) !== step.side) throw new Unplayable(step.by);
          const requesterSide = step.side === IntroductionSide.REQUESTER;
          if (
            (requesterSide ? introduction.requesterAccepted : introduction.candidateAccepted) !==
            null
          )
            throw new Error(`Demo script "${script.topic}": a side answers twice.`);
          const otherAccepted = requesterSide
            ? introduction.candidateAccepted
            : introduction.requesterAccepted;
          const move = !step.accept ? 'decline' : otherAccepted ? 'activate' : 'answer';
          const toState = introductionAfter(introduction.state, move);
          const reason = step.reason ?? null;
          if (!step.accept && !reason)
            throw new Error(`Demo script "${script.topic}": a decline without a reason.`);
          Object.assign(
            introduction,
            requesterSide
              ? {
                  requesterAccepted: step.accept,
                  requesterAnsweredById: who.id,
                  requesterAnsweredAt: at,
                  requesterReason: reason,
                }
              : {
                  candidateAccepted: step.accept,
                  candidateAnsweredById: who.id,
                  candidateAnsweredAt: at,
                  candidateReason: reason,
                },
          );
          const by = {
            actor: requesterSide ? BrokeringActor.REQUESTER : BrokeringActor.CANDIDATE,
            actorId: who.id,
            at,
          };
          moveIntroduction(
            introduction,
            step.accept ? IntroductionState.PROPOSED : toState,
            step.accept
              ? BrokeringAction.INTRODUCTION_ACCEPTED
              : BrokeringAction.INTRODUCTION_DECLINED,
            by,
            reason,
          );
          if (move === 'activate') {
            moveIntroduction(introduction, toState, BrokeringAction.INTRODUCTION_ACTIVATED, by);
            introduction.activatedAt = at;
            moveRequest(
              requestAfter(request.state, 'fulfil'),
              BrokeringAction.REQUEST_FULFILLED,
              by,
              introduction.id,
            );
          } else if (move === 'decline') {
            introduction.endedAt = at;
            moveRequest(
              requestAfter(request.state, 'reopen'),
              BrokeringAction.REQUEST_REOPENED,
              by,
              introduction.id,
            );
          }
          break;
        }
        case 'close': {
          const introduction = current();
          const who = account(step.by);
          if (!isBureau(who) && !sideOf(who, introduction, request)) throw new Unplayable(step.by);
          const actor =
            who.officeCode === introduction.requesterOfficeCode
              ? BrokeringActor.REQUESTER
              : who.officeCode === introduction.candidateOfficeCode
                ? BrokeringActor.CANDIDATE
                : BrokeringActor.BUREAU;
          moveIntroduction(
            introduction,
            introductionAfter(introduction.state, 'close'),
            BrokeringAction.INTRODUCTION_CLOSED,
            { actor, actorId: who.id, at },
            step.notes,
          );
          Object.assign(introduction, {
            outcome: step.outcome,
            outcomeNotes: step.notes,
            endedAt: at,
          });
          break;
        }
        case 'cancelIntroduction': {
          const introduction = current();
          const who = account(step.by);
          if (!isBureau(who) && sideOf(who, introduction, request) !== IntroductionSide.REQUESTER)
            throw new Unplayable(step.by);
          const by = { actor: actorOf(who, request), actorId: who.id, at };
          const toState = introductionAfter(introduction.state, 'cancel');
          const requestState = requestAfter(request.state, 'reopen');
          moveIntroduction(
            introduction,
            toState,
            BrokeringAction.INTRODUCTION_CANCELLED,
            by,
            step.reason,
          );
          introduction.endedAt = at;
          moveRequest(requestState, BrokeringAction.REQUEST_REOPENED, by, introduction.id);
          break;
        }
        case 'cancelRequest': {
          const who = account(step.by);
          if (!mayCancelRequest(who, request)) throw new Unplayable(step.by);
          const by = { actor: actorOf(who, request), actorId: who.id, at };
          const requestState = requestAfter(request.state, 'cancel');
          const open = introductions.find(
            (introduction) => introduction.state === IntroductionState.PROPOSED,
          );
          if (open) {
            moveIntroduction(
              open,
              introductionAfter(open.state, 'cancel'),
              BrokeringAction.INTRODUCTION_CANCELLED,
              by,
              step.reason,
            );
            open.endedAt = at;
          }
          moveRequest(requestState, BrokeringAction.REQUEST_CANCELLED, by, null, step.reason);
          break;
        }
        case 'expire': {
          const introduction = current();
          const by = { actor: BrokeringActor.SYSTEM, actorId: null, at };
          moveIntroduction(
            introduction,
            introductionAfter(introduction.state, 'expire'),
            BrokeringAction.INTRODUCTION_EXPIRED,
            by,
          );
          introduction.endedAt = at;
          moveRequest(
            requestAfter(request.state, 'reopen'),
            BrokeringAction.REQUEST_REOPENED,
            by,
            introduction.id,
          );
          break;
        }
      }
    }
    return { request, introductions, moves };
  }
}
