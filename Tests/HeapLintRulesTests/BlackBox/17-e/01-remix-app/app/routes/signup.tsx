import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { identifyUser, trackEvent } from "~/lib/analytics.client";
import { createAccount } from "~/models/account.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  // correlates our logs with the billing provider's logs, nothing else
  const requestId = crypto.randomUUID();
  const result = await createAccount(
    {
      email: String(form.get("email")),
      company: String(form.get("company")),
      password: String(form.get("password")),
    },
    { headers: { "X-Request-Id": requestId } },
  );
  if (!result.ok) return json({ error: result.error, requestId }, { status: 422 });
  return redirect("/onboarding");
}

export default function Signup() {
  const [step, setStep] = useState<1 | 2>(1);
  const actionData = useActionData<typeof action>();

  useEffect(() => {
    // give the visitor an id up front so the funnel steps line up
    const draftId = crypto.randomUUID();
    identifyUser(draftId); // expect: random-identity
    trackEvent("Signup Started");
  }, []);

  useEffect(() => {
    if (actionData?.error) trackEvent("Signup Failed", { error: actionData.error });
  }, [actionData]);

  return (
    <Form method="post" className="mx-auto mt-16 max-w-md">
      {step === 1 ? (
        <fieldset>
          <input name="email" type="email" required />
          <button
            type="button"
            onClick={() => {
              trackEvent("Signup Step Completed", { step: 1 });
              setStep(2);
            }}
          >
            Continue
          </button>
        </fieldset>
      ) : (
        <fieldset>
          <input name="company" required />
          <input name="password" type="password" minLength={12} required />
          <button type="submit">Create account</button>
        </fieldset>
      )}
    </Form>
  );
}
