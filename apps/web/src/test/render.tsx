import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { LocaleProvider } from '../app/locale';
import { cssVariablesResolver, theme } from '../app/theme';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';

const CATALOGUES: Record<string, Record<string, string>> = { en, fr };

export interface RenderOptions {
  readonly locale?: string;
  /** Messages for a locale without a catalogue (a pseudo-locale, say). */
  readonly messages?: Record<string, string>;
  readonly mocks?: readonly MockLink.MockedResponse[];
  /** The address the page opens at. */
  readonly path?: string;
  /** The route pattern the element is mounted at (`/offices/:code`). */
  readonly route?: string;
  readonly routes?: RouteObject[];
}

/** Renders a piece of the app as the app does: its language, Mantine, Apollo (mocked), a router. */
export function renderWithApp(element: ReactNode, options: RenderOptions = {}): RenderResult {
  const locale = options.locale ?? 'en';
  const router = createMemoryRouter(options.routes ?? [{ path: options.route ?? '*', element }], {
    initialEntries: [options.path ?? '/'],
  });
  return render(
    <LocaleProvider initial={locale} messages={options.messages ?? CATALOGUES[locale] ?? en}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <MockedProvider mocks={options.mocks ?? []}>
          <RouterProvider router={router} useTransitions={false} />
        </MockedProvider>
      </MantineProvider>
    </LocaleProvider>,
  );
}
