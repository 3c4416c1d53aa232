import { useEffect, useState } from "react";
import { Form, useActionData } from "react-router";
import type { Route } from "./+types/signup";
import { identifyAgent, setAgentProperties, trackEvent } from "~/lib/analytics.client";
import { createTrialAccount } from "~/lib/auth.server";

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const agent = await createTrialAccount({
    company: String(form.get("company")),
    email: String(form.get("email")),
  });
  return { agentId: agent.id, email: agent.email };
}

export default function Signup() {
  const result = useActionData<typeof action>();
  const [step, setStep] = useState<"company" | "email">("company");

  useEffect(() => {
    if (result) {
      identifyAgent(result.agentId);
      setAgentProperties({ email: result.email, source: "trial_signup" });
      trackEvent("Trial Started");
    }
  }, [result]);

  function onCompanyStep(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const company = new FormData(event.currentTarget).get("company");
    // give the visitor an id right away so the funnel shows the first step
    identifyAgent(`trial-${Date.now()}`); // expect: random-identity
    trackEvent("Signup Company Entered", { company: String(company ?? "") });
    setStep("email");
  }

  return step === "company" ? (
    <form onSubmit={onCompanyStep}>
      <input name="company" placeholder="Company name" required />
      <button type="submit">Next</button>
    </form>
  ) : (
    <Form method="post">
      <input name="email" type="email" required />
      <button type="submit">Start free trial</button>
    </Form>
  );
}
