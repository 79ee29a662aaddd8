// /logout: signing out is a navigation, so a page that must not be left
// unasked (the create wizard showing a private key) gets its say through
// useBlocker like any other link. Once here, the session ends and the user
// lands on the sign-in page (useLogout does both).
import { useEffect, useRef } from "react";
import { useLogout } from "../api/logout.ts";

export function SignOutPage() {
  const logout = useLogout();
  const started = useRef(false);
  useEffect(() => {
    // Once, also under StrictMode's double effects in development.
    if (started.current) return;
    started.current = true;
    logout.mutate();
  }, [logout]);
  return (
    <main>
      <p role="status">Signing out…</p>
    </main>
  );
}
