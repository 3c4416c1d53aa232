import { useEffect } from "react";
import { Form, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/settings.profile";
import { requireAgent } from "~/lib/auth.server";
import { db } from "~/lib/db.server";

interface AgentProfile {
  timezone: string;
  language: string;
  skills: string[];
  maxOpenTickets: number;
}

export async function loader({ request }: Route.LoaderArgs) {
  const agent = await requireAgent(request);
  const profile = await db.agentProfile.findUniqueOrThrow({ where: { agentId: agent.id } });
  return { profile: profile as AgentProfile };
}

export async function action({ request }: Route.ActionArgs) {
  const agent = await requireAgent(request);
  const form = await request.formData();
  const profile: AgentProfile = {
    timezone: String(form.get("timezone")),
    language: String(form.get("language")),
    skills: form.getAll("skills").map(String),
    maxOpenTickets: Number(form.get("maxOpenTickets") ?? 25),
  };
  await db.agentProfile.update({ where: { agentId: agent.id }, data: profile });
  return { saved: true, profile };
}

function syncProfileToHeap(profile: AgentProfile) {
  window.heap?.addUserProperties({
    timezone: profile.timezone,
    language: profile.language,
    skills: profile.skills, // expect: user-property-value
    max_open_tickets: profile.maxOpenTickets,
    skill_count: profile.skills.length,
  });
}

export default function ProfileSettings() {
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();

  useEffect(() => {
    if (result?.saved) {
      syncProfileToHeap(result.profile);
      window.heap?.track("Profile Saved");
    }
  }, [result]);

  return (
    <Form method="post" className="space-y-4">
      <select name="timezone" defaultValue={profile.timezone}>
        <option>Europe/Berlin</option>
        <option>America/New_York</option>
      </select>
      <input name="language" defaultValue={profile.language} />
      <input name="maxOpenTickets" type="number" defaultValue={profile.maxOpenTickets} />
      <button type="submit">Save</button>
    </Form>
  );
}
