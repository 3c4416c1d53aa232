declare const heap: {
  track(event: string, props?: Record<string, string | number>): void;
  addUserProperties(props: Record<string, unknown>): void;
};

export function onConversationStarted(topic: string, queueLength: number): void {
  heap.track('Chat Started', { topic, queue_length: queueLength });
}

export function onConversationRated(score: number, agentTags: string[]): void {
  heap.addUserProperties({ last_chat_score: score, agent_tags: agentTags }); // expect: user-property-value
  heap.addUserProperties({ last_chat_tags: agentTags.join('|') });
}
