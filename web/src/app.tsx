import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { isApiError } from './api-client.js';
import { RequireSession } from './features/auth/components/require-session.js';
import { sessionQueryKey } from './features/auth/queries.js';
import { AppLayout } from './features/layout/components/app-layout.js';
import { LoadingState } from './features/layout/components/page-states.js';
import { i18n } from './i18n.js';
import { AdminMailPage } from './pages/admin-mail-page.js';
import { CallEditorPage } from './pages/call-editor-page.js';
import { CallPage } from './pages/call-page.js';
import { CallsPage } from './pages/calls-page.js';
import { InvitationPage } from './pages/invitation-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ProposalEditorPage } from './pages/proposal-editor-page.js';
import { ProposalPage } from './pages/proposal-page.js';
import { ProposalsPage } from './pages/proposals-page.js';
import { MyReviewsPage } from './pages/my-reviews-page.js';
import { ReviewPage } from './pages/review-page.js';
import { ScoresPage } from './pages/scores-page.js';
import { AssignmentPage } from './pages/assignment-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { ConflictsPage } from './pages/conflicts-page.js';
import { PoolPage } from './pages/pool-page.js';
import { ReviewerProfilePage } from './pages/reviewer-profile-page.js';

// The statistics page carries the chart library; it loads only when opened.
const CallStatisticsPage = lazy(async () => ({ default: (await import('./pages/call-statistics-page.js')).CallStatisticsPage }));

function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A 401 anywhere means the session ended (expired, signed out in another tab).
        if (isApiError(error) && error.code === 'UNAUTHENTICATED' && query.queryKey[0] !== sessionQueryKey[0]) {
          queryClient.setQueryData(sessionQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx cannot help; a network error or a 5xx may pass on a second try.
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/calls" replace /> },
      { path: 'login', element: <SignInPage /> },
      // Outside RequireSession: an invitee without an account creates one on this page.
      { path: 'invitations/:token', element: <InvitationPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/new', element: <CallEditorPage /> },
          { path: 'calls/:code', element: <CallPage /> },
          { path: 'calls/:code/edit', element: <CallEditorPage /> },
          { path: 'calls/:code/proposals', element: <ProposalsPage /> },
          {
            path: 'calls/:code/statistics',
            element: (
              <Suspense fallback={<LoadingState />}>
                <CallStatisticsPage />
              </Suspense>
            ),
          },
          { path: 'proposals', element: <ProposalsPage /> },
          { path: 'proposals/:ref', element: <ProposalPage /> },
          { path: 'proposals/:ref/edit', element: <ProposalEditorPage /> },
          { path: 'admin/mail', element: <AdminMailPage /> },
          { path: 'agencies/:agency/reviewers', element: <PoolPage /> },
          { path: 'me/reviewer-profile', element: <ReviewerProfilePage /> },
          { path: 'calls/:code/conflicts', element: <ConflictsPage /> },
          { path: 'reviews', element: <MyReviewsPage /> },
          { path: 'reviews/:ref', element: <ReviewPage /> },
          { path: 'calls/:code/review/:agency/scores', element: <ScoresPage /> },
          { path: 'calls/:code/review/:agency/assignment', element: <AssignmentPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const queryClient = createQueryClient();

/** The web UI: translations, server data cache and routes. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
