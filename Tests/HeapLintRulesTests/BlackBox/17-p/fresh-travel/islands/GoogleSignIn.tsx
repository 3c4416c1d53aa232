import { useEffect } from "preact/hooks";
import { IS_BROWSER } from "$fresh/runtime.ts";

declare const google: {
  accounts: {
    id: {
      initialize(options: { client_id: string; callback: (r: { credential: string }) => void }): void;
      prompt(): void;
    };
  };
};

interface GoogleLoginResponse {
  user: { id: string; email: string; firstName: string };
  created: boolean;
}

export default function GoogleSignIn({ clientId }: { clientId: string }) {
  useEffect(() => {
    if (!IS_BROWSER) return;
    google.accounts.id.initialize({
      client_id: clientId,
      callback: async ({ credential }) => {
        const res = await fetch("/api/auth/google", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ credential }),
        });
        if (!res.ok) return;
        const { user, created } = (await res.json()) as GoogleLoginResponse;
        globalThis.heap?.identify(user.id, { email: user.email }); // expect: identity-type
        globalThis.heap?.track(created ? "Signed Up" : "Logged In", { method: "google" });
        location.assign("/trips");
      },
    });
    google.accounts.id.prompt();
  }, [clientId]);

  return <div id="g_id_onload" data-client_id={clientId} />;
}
