import 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      email: string;
      name?: string | null;
      role?: 'owner' | 'admin' | 'member';
      plan?: string;
      accountId: string;
      handle?: string;
    };
  }
}
