import { useEffect, useRef } from "react";
import { useFetcher, useLoaderData } from "react-router";
import type { Route } from "./+types/tickets.$ticketId";
import { requireAgent } from "~/lib/auth.server";
import { db } from "~/lib/db.server";
import { trackEvent } from "~/lib/analytics.client";
import type { Ticket } from "~/lib/types";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireAgent(request);
  const ticket = (await db.ticket.findUniqueOrThrow({ where: { id: params.ticketId } })) as Ticket;
  return { ticket };
}

export default function TicketDetail() {
  const { ticket } = useLoaderData<typeof loader>();
  const fetcher = useFetcher();
  const openedAt = useRef(performance.now());

  useEffect(() => {
    window.heap?.addEventProperties({ ticket_priority: ticket.priority, ticket_status: ticket.status });
    return () => window.heap?.removeEventProperty("ticket_priority");
  }, [ticket.id]);

  function reply(body: string) {
    trackEvent("Ticket Replied", {
      ticket_id: ticket.id,
      seconds_to_reply: Math.round((performance.now() - openedAt.current) / 1000),
      // one-off id so the reply and its delivery receipt can be joined later
      reply_id: crypto.randomUUID(),
    });
    fetcher.submit({ body }, { method: "post", action: `/api/tickets/${ticket.id}/replies` });
  }

  return (
    <article>
      <h1>{ticket.subject}</h1>
      <button type="button" onClick={() => reply("Thanks, looking into it!")}>
        Quick reply
      </button>
      <button
        type="button"
        onClick={() => {
          window.heap?.track("Ticket Solved", { ticket_id: ticket.id });
          fetcher.submit(null, { method: "post", action: `/api/tickets/${ticket.id}/solve` });
        }}
      >
        Solve
      </button>
    </article>
  );
}
