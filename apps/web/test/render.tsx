import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { SessionProvider, useSession } from "../components/session/session-provider.tsx";
import type { ApiClient } from "../lib/api/client.ts";

/** Shows the session as text, so tests can wait for what a page would react to. */
export function SessionProbe() {
  const { state } = useSession();
  return (
    <output data-testid="session">{state.status === "authenticated" ? `signed in as ${state.user.name}` : state.status}</output>
  );
}

export function renderWithSession(ui: ReactElement, client: ApiClient) {
  return render(
    <SessionProvider client={client}>
      {ui}
      <SessionProbe />
    </SessionProvider>,
  );
}
