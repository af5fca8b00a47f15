import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithApp } from '../../../test/render';
import { BrokeringHistory } from './brokering-history';
import { IntroductionStateBadge, RequestStateBadge } from './state-badge';

const EVENTS = [
  {
    action: 'REQUEST_CREATED',
    actor: 'REQUESTER',
    at: '2026-05-04T09:30:00.000Z',
    fromState: null,
    toState: 'OPEN',
    reason: null,
  },
  {
    action: 'INTRODUCTION_PROPOSED',
    actor: 'BUREAU',
    at: '2026-05-06T14:00:00.000Z',
    fromState: null,
    toState: 'PROPOSED',
    reason: null,
  },
  {
    action: 'INTRODUCTION_EXPIRED',
    actor: 'SYSTEM',
    at: '2026-05-20T14:00:00.000Z',
    fromState: 'PROPOSED',
    toState: 'EXPIRED',
    reason: null,
  },
  {
    action: 'REQUEST_CANCELLED',
    actor: 'REQUESTER',
    at: '2026-05-21T08:00:00.000Z',
    fromState: 'OPEN',
    toState: 'CANCELLED',
    reason: 'We found a partner\nat a conference.',
  },
] as const;

describe('the brokering history', () => {
  it('lists each move with what, by which side, when and why', () => {
    renderWithApp(
      <>
        <h2 id="history">History</h2>
        <BrokeringHistory events={EVENTS} labelledBy="history" />
      </>,
    );
    const list = screen.getByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent('Request made');
    expect(items[0]).toHaveTextContent(/By the requesting office, May 4, 2026/);
    expect(items[1]).toHaveTextContent('Introduction proposed');
    expect(items[1]).toHaveTextContent(/By the International Bureau, May 6, 2026/);
    expect(items[2]).toHaveTextContent(/Introduction expired\s*Automatically, May 20, 2026/);
    expect(items[3]).toHaveTextContent('Reason: We found a partner at a conference.');
    expect(within(items[0] as HTMLElement).getByText(/May 4, 2026/).tagName).toBe('TIME');
  });

  it('speaks French', () => {
    renderWithApp(<BrokeringHistory events={EVENTS} />, { locale: 'fr' });
    const items = screen.getAllByRole('listitem');
    expect(items[1]).toHaveTextContent(
      /Mise en relation proposée\s*Par le Bureau international, 6 mai 2026/,
    );
    expect(items[3]).toHaveTextContent('Motif : We found a partner');
  });

  it('says so when nothing happened yet', () => {
    renderWithApp(<BrokeringHistory events={[]} />);
    expect(screen.getByText('Nothing has happened yet.')).toBeVisible();
  });
});

describe('the state badges', () => {
  it('name the states in the interface’s language', () => {
    renderWithApp(
      <>
        <RequestStateBadge state="INTRODUCED" />
        <IntroductionStateBadge state="DECLINED" />
      </>,
      { locale: 'fr' },
    );
    expect(screen.getByText('Mise en relation en cours')).toBeVisible();
    expect(screen.getByText('Refusée')).toBeVisible();
  });
});
