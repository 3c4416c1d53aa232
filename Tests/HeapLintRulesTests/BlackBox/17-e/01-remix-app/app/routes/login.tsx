import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useNavigate, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import { identifyUser, setUserTraits, trackEvent } from "~/lib/analytics.client";
import { createUserSession, verifyLogin } from "~/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ ok: false as const, error: "Invalid email or password" }, { status: 400 });
  }
  const headers = await createUserSession(request, user.id);
  return json({ ok: true as const, user: { id: user.id, plan: user.plan } }, { headers });
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const navigate = useNavigate();

  useEffect(() => {
    if (!actionData) return;
    if (actionData.ok) {
      identifyUser(actionData.user.id);
      setUserTraits({ plan: actionData.user.plan, last_login_method: "password" });
      trackEvent("Logged In", { method: "password" });
      navigate("/dashboard");
    } else {
      trackEvent("Login Failed", { reason: actionData.error });
    }
  }, [actionData, navigate]);

  return (
    <Form method="post" className="mx-auto mt-24 max-w-sm space-y-4">
      <input name="email" type="email" autoComplete="email" required />
      <input name="password" type="password" autoComplete="current-password" required />
      {actionData && !actionData.ok ? <p role="alert">{actionData.error}</p> : null}
      <button type="submit" disabled={navigation.state === "submitting"}>
        Sign in
      </button>
    </Form>
  );
}
