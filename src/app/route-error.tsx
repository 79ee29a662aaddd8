// What a route shows when it cannot render: an unknown URL, a chunk that
// failed to load (often a deploy since the page was opened), or a bug.
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { Banner } from "../components/ui/banner.tsx";
import { Button } from "../components/ui/button.tsx";
import styles from "./route-error.module.css";

export function NotFoundPage() {
  return (
    <div className={styles.page}>
      <title>Page not found | Access Manager</title>
      <h1 className={styles.title}>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to your organization</Link>.
      </p>
    </div>
  );
}

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Logged for whoever opens the console; the user gets a way forward.
  console.error(error);
  return (
    <div className={styles.page}>
      <title>Error | Access Manager</title>
      <h1 className={styles.title}>Something went wrong</h1>
      <Banner
        title="This page could not be shown"
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      >
        If the console was updated since you opened it, reloading fixes this.
      </Banner>
    </div>
  );
}
