import type { APIEvent } from "@solidjs/start/server";
import { BinaryHeap, type DueReminder } from "../../../server/reminder-queue";
import { trackServerEvent } from "../../../server/heap";
import { REMINDER_BATCH_SIZE } from "../../../lib/config";

async function fetchDueReminders(): Promise<DueReminder[]> {
  const res = await fetch(`${process.env.API_URL}/reminders/due?limit=500`, {
    headers: { authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  return res.ok ? ((await res.json()) as DueReminder[]) : [];
}

async function deliver(reminder: DueReminder): Promise<boolean> {
  const res = await fetch(`${process.env.API_URL}/reminders/${reminder.id}/deliver`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.API_TOKEN}` },
  });
  return res.ok;
}

export async function POST(event: APIEvent) {
  if (event.request.headers.get("x-cron-secret") !== process.env.CRON_SECRET) {
    return new Response("forbidden", { status: 403 });
  }

  const heap = new BinaryHeap<DueReminder>((a, b) => a.dueAt - b.dueAt);
  heap.load(await fetchDueReminders());

  let sent = 0;
  let failed = 0;
  while (heap.size > 0 && sent + failed < REMINDER_BATCH_SIZE) {
    const reminder = heap.pop()!;
    if (await deliver(reminder)) {
      sent++;
      await trackServerEvent(reminder.userEmail, "Reminder Sent", {
        habit_id: reminder.habitId,
        channel: reminder.channel,
        minutes_late: Math.round((Date.now() - reminder.dueAt) / 60000),
      });
    } else {
      failed++;
    }
  }

  await trackServerEvent("reminder-cron", "Reminder Batch Completed", { sent, failed, backlog: heap.size }); // expect: server-identity

  return Response.json({ sent, failed, backlog: heap.size });
}
