import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import en from '../i18n/en.json';
import { renderWithApp } from '../test/render';
import { session } from './session/session-store';
import { Shell } from './shell';

/** A pseudo-locale written right to left: the English messages, bracketed. */
const PSEUDO_RTL = 'ar-XB';
const pseudoMessages = Object.fromEntries(
  Object.entries(en).map(([id, message]) => [id, `[${message}]`]),
);

describe('the shell', () => {
  session.signedIn({
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
    account: {
      id: 'a1',
      email: 'camille@example.org',
      displayName: 'Camille Exemple',
      role: 'OFFICE_ADMIN',
      officeCode: 'FR',
      preferredLanguage: 'fr',
    },
  });

  it('shows the navigation and the account in English', async () => {
    renderWithApp(<Shell />);
    expect(await screen.findByRole('link', { name: 'Directory' })).toHaveAttribute(
      'href',
      '/directory',
    );
    expect(screen.getByRole('link', { name: 'My office' })).toHaveAttribute('href', '/offices/FR');
    expect(screen.getByRole('button', { name: /Camille Exemple/ })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('speaks French', async () => {
    renderWithApp(<Shell />, { locale: 'fr' });
    expect(await screen.findByRole('link', { name: 'Annuaire' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });

  it('renders right to left under a right-to-left pseudo-locale', async () => {
    renderWithApp(<Shell />, { locale: PSEUDO_RTL, messages: pseudoMessages });
    expect(await screen.findByRole('link', { name: '[Directory]' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', PSEUDO_RTL);
  });

  describe('the recommendations entry', () => {
    it.each(['MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN'])(
      'comes after My office for %s',
      async (role) => {
        session.signedIn({
          accessToken: 'token',
          accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
          account: {
            id: 'a1',
            email: 'awa@example.org',
            displayName: 'Awa Exemple',
            role,
            officeCode: 'SN',
            preferredLanguage: 'fr',
          },
        });
        renderWithApp(<Shell />);
        expect(await screen.findByRole('link', { name: 'Recommendations' })).toHaveAttribute(
          'href',
          '/recommendations',
        );
        const links = screen.getAllByRole('link').map((link) => link.textContent);
        expect(links.indexOf('Recommendations')).toBe(links.indexOf('My office') + 1);
      },
    );

    it('speaks French', async () => {
      renderWithApp(<Shell />, { locale: 'fr' });
      expect(await screen.findByRole('link', { name: 'Recommandations' })).toHaveAttribute(
        'href',
        '/recommendations',
      );
    });
  });

  describe('the brokering entries', () => {
    it.each(['MEMBER', 'OFFICE_ADMIN', 'BROKER', 'ADMIN'])(
      'come after Recommendations for %s, in English and French',
      async (role) => {
        session.signedIn({
          accessToken: 'token',
          accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
          account: {
            id: 'a1',
            email: 'awa@example.org',
            displayName: 'Awa Exemple',
            role,
            officeCode: 'SN',
            preferredLanguage: 'fr',
          },
        });
        const { unmount } = renderWithApp(<Shell />);
        expect(await screen.findByRole('link', { name: 'Requests' })).toHaveAttribute(
          'href',
          '/requests',
        );
        expect(screen.getByRole('link', { name: 'Introductions' })).toHaveAttribute(
          'href',
          '/introductions',
        );
        const links = screen.getAllByRole('link').map((link) => link.textContent);
        expect(links.indexOf('Requests')).toBe(links.indexOf('Recommendations') + 1);
        expect(links.indexOf('Introductions')).toBe(links.indexOf('Requests') + 1);
        unmount();
        renderWithApp(<Shell />, { locale: 'fr' });
        expect(await screen.findByRole('link', { name: 'Demandes' })).toBeInTheDocument();
        expect(screen.getByRole('link', { name: 'Mises en relation' })).toBeInTheDocument();
      },
    );
  });

  describe('the audit log entry', () => {
    function signInAs(role: string) {
      session.signedIn({
        accessToken: 'token',
        accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
        account: {
          id: 'a1',
          email: 'camille@example.org',
          displayName: 'Camille Exemple',
          role,
          officeCode: role === 'BROKER' || role === 'ADMIN' ? 'WO' : 'FR',
          preferredLanguage: 'en',
        },
      });
    }

    it.each(['ADMIN', 'BROKER'])('is beside the administration entries for %s', async (role) => {
      signInAs(role);
      renderWithApp(<Shell />);
      const audit = await screen.findByRole('link', { name: 'Audit log' });
      expect(audit).toHaveAttribute('href', '/admin/audit');
      const links = screen.getAllByRole('link').map((link) => link.textContent);
      expect(links.indexOf('Audit log')).toBe(links.indexOf('Invitations') + 1);
      expect(links.indexOf('My profile')).toBe(links.indexOf('Audit log') + 1);
    });

    it('speaks French', async () => {
      signInAs('BROKER');
      renderWithApp(<Shell />, { locale: 'fr' });
      expect(await screen.findByRole('link', { name: 'Journal d’audit' })).toBeInTheDocument();
    });

    it.each(['OFFICE_ADMIN', 'MEMBER'])('is not there for %s', async (role) => {
      signInAs(role);
      renderWithApp(<Shell />);
      await screen.findByRole('link', { name: 'Directory' });
      expect(screen.queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
    });
  });
});
