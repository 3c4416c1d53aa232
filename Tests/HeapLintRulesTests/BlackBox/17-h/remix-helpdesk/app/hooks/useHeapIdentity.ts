import { useEffect } from "react";
import posthog from "posthog-js";
import { identifyAgent, setAgentProperties } from "~/lib/analytics.client";
import type { SessionAgent } from "~/lib/types";

/**
 * Identifies the signed-in agent in Heap (and PostHog) whenever the
 * root loader hands us a different agent.
 */
export function useHeapIdentity(agent: SessionAgent | null) {
  useEffect(() => {
    if (!agent) return;

    identifyAgent(agent.id);
    setAgentProperties({
      email: agent.email,
      role: agent.role,
      account: agent.accountName,
      plan: agent.plan,
      seats: agent.seats,
      signed_up: agent.createdAt,
    });

    posthog.identify(agent.id, { email: agent.email });
    posthog.group("account", agent.accountId);
  }, [agent?.id]);
}
