import { useLoaderData, Link } from "react-router";
import type { Route } from "./+types/tickets._index";
import { requireAgent } from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { orderWorkQueue } from "~/utils/ticket-queue";
import { trackEvent } from "~/lib/analytics.client";
import type { Ticket } from "~/lib/types";

export async function loader({ request }: Route.LoaderArgs) {
  const agent = await requireAgent(request);
  const tickets = (await db.ticket.findMany({ where: { assigneeId: agent.id } })) as Ticket[];
  return { tickets: orderWorkQueue(tickets) };
}

export default function TicketQueue() {
  const { tickets } = useLoaderData<typeof loader>();
  return (
    <ul className="divide-y">
      {tickets.map((ticket, index) => (
        <li key={ticket.id}>
          <Link
            to={`/tickets/${ticket.id}`}
            onClick={() => trackEvent("Ticket Opened From Queue", { position: index + 1, priority: ticket.priority })}
          >
            {ticket.subject}
          </Link>
        </li>
      ))}
    </ul>
  );
}
