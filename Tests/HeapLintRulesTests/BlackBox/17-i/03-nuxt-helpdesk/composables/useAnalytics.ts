type Props = Record<string, string | number>;

export interface AgentRef {
  id: string;
  email: string;
}

export function useAnalytics() {
  const { $heap } = useNuxtApp();

  function identify(agent: AgentRef) {
    $heap.identify(agent.id);
  }

  function track(event: string, properties: Props = {}) {
    $heap.track(event, properties);
  }

  function setAgentTraits(traits: Record<string, unknown>) {
    $heap.addUserProperties(traits);
  }

  function signOut() {
    $heap.identify(); // expect: identity-type
  }

  return { identify, track, setAgentTraits, signOut };
}
