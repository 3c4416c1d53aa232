export type AgentRole = "agent" | "lead" | "admin";

export interface SessionAgent {
  id: string;
  email: string;
  displayName: string;
  role: AgentRole;
  accountId: string;
  accountName: string;
  plan: "starter" | "team" | "enterprise";
  seats: number;
  createdAt: string;
}

export interface Ticket {
  id: string;
  subject: string;
  priority: 1 | 2 | 3 | 4;
  status: "open" | "pending" | "solved";
  assigneeId: string | null;
  createdAt: string;
  slaDueAt: string;
}
