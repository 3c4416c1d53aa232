export type AgentRole = 'agent' | 'lead' | 'admin';

export interface Organization {
  id: string;
  slug: string;
  name: string;
  slaTier: 'standard' | 'priority' | 'enterprise';
  seats: number;
}

export interface Agent {
  id: string;
  email: string;
  displayName: string;
  role: AgentRole;
  organizationId: string;
}

export interface Ticket {
  id: string;
  subject: string;
  priority: 1 | 2 | 3 | 4;
  createdAt: string;
  slaDueAt: string;
  status: 'open' | 'pending' | 'resolved';
}

export interface WidgetSession {
  visitorId: string;
  conversationId: string;
  customerEmail?: string;
}
