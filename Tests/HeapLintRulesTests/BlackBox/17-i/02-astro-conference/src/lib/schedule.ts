export type Slot = { start: string; title: string; speakerSlug: string };
export type Speaker = { slug: string; name: string; bio: string; photo: string; track: string };

const API = 'https://cms.northwind.example/devconf-2024';

export async function getSchedule(): Promise<Slot[]> {
  const res = await fetch(`${API}/schedule.json`);
  return res.json();
}

export async function getSpeakers(): Promise<Speaker[]> {
  const res = await fetch(`${API}/speakers.json`);
  return res.json();
}

export async function getSpeaker(slug: string): Promise<Speaker> {
  const all = await getSpeakers();
  const found = all.find((s) => s.slug === slug);
  if (!found) throw new Error(`no speaker ${slug}`);
  return found;
}
