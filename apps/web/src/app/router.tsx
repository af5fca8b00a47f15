import { Center, Loader } from '@mantine/core';
import { createBrowserRouter, Navigate } from 'react-router';

import { RequireSession } from './require-session';
import { Shell } from './shell';

/** While a page's code loads on the first visit. */
function PageLoading() {
  return (
    <Center h="40vh">
      <Loader />
    </Center>
  );
}

/** One lazy route per page: each page's code loads when it is first opened. */
export const routes = [
  {
    path: '/sign-in',
    HydrateFallback: PageLoading,
    lazy: async () => ({ Component: (await import('../features/auth/sign-in-page')).SignInPage }),
  },
  {
    path: '/invitations/accept',
    HydrateFallback: PageLoading,
    lazy: async () => ({
      Component: (await import('../features/auth/accept-invitation-page')).AcceptInvitationPage,
    }),
  },
  {
    path: '/',
    HydrateFallback: PageLoading,
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/directory" replace /> },
      {
        path: 'directory',
        lazy: async () => ({
          Component: (await import('../features/directory/directory-page')).DirectoryPage,
        }),
      },
      {
        path: 'offices/:code',
        lazy: async () => ({
          Component: (await import('../features/offices/office-page')).OfficePage,
        }),
      },
      {
        path: 'offices/:code/edit',
        lazy: async () => ({
          Component: (await import('../features/offices/edit/office-edit-page')).OfficeEditPage,
        }),
      },
      {
        path: 'offices/:code/needs-offers',
        lazy: async () => ({
          Component: (await import('../features/offices/edit/needs-offers-edit-page'))
            .NeedsOffersEditPage,
        }),
      },
      {
        path: 'offices/:code/standards',
        lazy: async () => ({
          Component: (await import('../features/offices/edit/standards-edit-page'))
            .StandardsEditPage,
        }),
      },
      {
        path: 'offices/:code/assessment',
        lazy: async () => ({
          Component: (await import('../features/offices/assessment/assessment-wizard-page'))
            .AssessmentWizardPage,
        }),
      },
      {
        path: 'admin/audit',
        lazy: async () => ({
          Component: (await import('../features/admin/audit-log-page')).AuditLogPage,
        }),
      },
      {
        path: 'admin/accounts',
        lazy: async () => ({
          Component: (await import('../features/admin/accounts-page')).AccountsPage,
        }),
      },
      {
        path: 'admin/invitations',
        lazy: async () => ({
          Component: (await import('../features/admin/invitations-page')).InvitationsPage,
        }),
      },
      {
        path: 'members/:id',
        lazy: async () => ({
          Component: (await import('../features/members/member-page')).MemberPage,
        }),
      },
      {
        path: 'recommendations',
        lazy: async () => ({
          Component: (await import('../features/recommendations/recommendations-page'))
            .RecommendationsPage,
        }),
      },
      {
        path: 'requests',
        lazy: async () => ({
          Component: (await import('../features/brokering/requests/requests-page')).RequestsPage,
        }),
      },
      {
        path: 'requests/new',
        lazy: async () => ({
          Component: (await import('../features/brokering/requests/request-form-page'))
            .RequestFormPage,
        }),
      },
      {
        path: 'requests/:id',
        lazy: async () => ({
          Component: (await import('../features/brokering/requests/request-page')).RequestPage,
        }),
      },
      {
        path: 'introductions',
        lazy: async () => ({
          Component: (await import('../features/brokering/introductions/introductions-page'))
            .IntroductionsPage,
        }),
      },
      {
        path: 'introductions/:id',
        lazy: async () => ({
          Component: (await import('../features/brokering/introductions/introduction-page'))
            .IntroductionPage,
        }),
      },
      {
        path: 'me/profile',
        lazy: async () => ({
          Component: (await import('../features/members/my-profile-page')).MyProfilePage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
