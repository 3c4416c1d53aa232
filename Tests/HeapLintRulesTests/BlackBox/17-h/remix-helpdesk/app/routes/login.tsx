import { useEffect } from "react";
import { Form, data, useActionData, useNavigate, useNavigation } from "react-router";
import type { Route } from "./+types/login";
import { verifyLogin } from "~/lib/auth.server";
import { commitAgentSession } from "~/lib/session.server";

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "").trim().toLowerCase();
  const password = String(form.get("password") ?? "");
  const agent = await verifyLogin(email, password);
  if (!agent) {
    return data({ ok: false as const, error: "Invalid email or password" }, { status: 400 });
  }
  return data(
    { ok: true as const, agent: { id: agent.id, email: agent.email, role: agent.role } },
    { headers: { "Set-Cookie": await commitAgentSession(request, agent.id) } },
  );
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const navigate = useNavigate();

  useEffect(() => {
    if (!actionData) return;
    if (!actionData.ok) {
      window.heap?.track("Login Failed", { reason: "bad_credentials" });
      return;
    }
    const { agent } = actionData;
    window.heap?.identify(agent.email);
    window.heap?.addUserProperties({ role: agent.role });
    // ANALYTICS-212: Heap identities should be our agent ids from now on
    window.heap?.identify(agent.id); // expect: conflicting-identities
    navigate("/tickets");
  }, [actionData, navigate]);

  return (
    <main className="mx-auto mt-24 max-w-sm">
      <h1 className="text-2xl font-semibold">Sign in to Helpdesk</h1>
      <Form method="post" className="mt-6 space-y-4">
        <input name="email" type="email" autoComplete="email" required className="input" />
        <input name="password" type="password" autoComplete="current-password" required className="input" />
        {actionData && !actionData.ok ? <p className="text-red-600">{actionData.error}</p> : null}
        <button type="submit" className="btn-primary" disabled={navigation.state !== "idle"}>
          Sign in
        </button>
      </Form>
    </main>
  );
}
