import { useEffect } from "react";
import { useLoaderData, useNavigate } from "react-router";
import type { Route } from "./+types/onboarding";
import { requireAgent } from "~/lib/auth.server";
import { setAgentProperties, trackEvent } from "~/lib/analytics.client";

const STEPS = ["connect-inbox", "invite-team", "create-macro"] as const;

export async function loader({ request }: Route.LoaderArgs) {
  const agent = await requireAgent(request);
  return { completed: agent.onboardingSteps as string[], inboxProvider: agent.inboxProvider ?? "none" };
}

export default function Onboarding() {
  const { completed, inboxProvider } = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const done = STEPS.every((step) => completed.includes(step));

  useEffect(() => {
    if (!done) return;
    setAgentProperties({
      inbox_provider: inboxProvider,
      onboarding_steps: completed.length,
      onboarded: true, // expect: user-property-value
    });
    trackEvent("Onboarding Completed", { steps: completed.length });
    navigate("/tickets");
  }, [done]);

  return (
    <ol className="onboarding">
      {STEPS.map((step) => (
        <li key={step} data-done={completed.includes(step)}>
          {step.replace("-", " ")}
        </li>
      ))}
    </ol>
  );
}
