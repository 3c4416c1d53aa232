import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { useEffect } from 'react';
import { requireAgent } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agent = await requireAgent(request, params.id!);
  return json({ agent });
}

export default function AgentPage() {
  const { agent } = useLoaderData<typeof loader>();

  useEffect(() => {
    heap.identify(agent.teamId); // expect: non-unique-identity
    heap.addUserProperties({ team: agent.teamName, seniority: agent.level });
    heap.identifyUser(agent.email); // expect: unknown-heap-method
  }, [agent]);

  return <h1>{agent.displayName}</h1>;
}
