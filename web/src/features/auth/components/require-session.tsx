import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { LoadingState } from '../../layout/components/page-states.js';
import { signInPath } from '../../layout/sign-in-path.js';
import { useSession } from '../queries.js';

/**
 * Pages for signed-in users: a visitor without a session goes to sign in (and comes back after),
 * before any data request is made. The server still decides what each user may see.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.data === null) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  // With the session check itself failing (server unreachable) the page shows its own error.
  return <Outlet />;
}
