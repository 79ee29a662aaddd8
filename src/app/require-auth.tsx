// Guards every console route: signed-out users go to /login?next=<here> and
// come back here after signing in.
import { Navigate, Outlet, useLocation } from "react-router";
import { Banner } from "../components/ui/banner.tsx";
import { Button } from "../components/ui/button.tsx";
import { useCurrentUser } from "../features/session/api/current-user.ts";
import { errorMessage } from "../lib/api-error.ts";
import { loginPathFor } from "../lib/safe-next.ts";
import { AppLoading } from "./app-loading.tsx";
import styles from "./require-auth.module.css";

export function RequireAuth() {
  const user = useCurrentUser();
  const location = useLocation();

  if (user.isPending) return <AppLoading />;
  if (user.isError) {
    // Not a 401 (that is `null`): the server is unreachable or failing.
    return (
      <main className={styles.failed}>
        <Banner
          title="Could not reach Access Manager"
          action={<Button onClick={() => void user.refetch()}>Retry</Button>}
        >
          {errorMessage(user.error)}
        </Banner>
      </main>
    );
  }
  if (!user.data) return <Navigate to={loginPathFor(location)} replace />;
  return <Outlet />;
}
