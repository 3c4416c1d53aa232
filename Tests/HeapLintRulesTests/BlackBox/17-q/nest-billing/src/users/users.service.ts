import { Injectable, NotFoundException } from '@nestjs/common';
import axios from 'axios';

import { HEAP_API_BASE } from '../config/heap.config';
import { HeapService } from '../heap/heap.service';
import { HeapAuthService } from '../heap/heap-auth.service';
import { UserRepository } from './user.repository';

export interface User {
  id: string;
  email: string | null;
  plan: string;
  signupSource?: string;
  company?: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly heap: HeapService,
    private readonly heapAuth: HeapAuthService,
  ) {}

  async onSignup(user: User & { email: string }): Promise<void> {
    await this.heap.addUserProperties(user.email, {
      plan: user.plan,
      signup_source: user.signupSource ?? 'organic',
    });
    await this.heap.track(user.email, 'Account Created', { plan: user.plan });
  }

  /** The web app posts Heap's anonymous user id after login so server events join the same user. */
  async linkHeapSession(userId: string, heapUserId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user?.email) throw new NotFoundException();
    await this.heap.identifyServerSide(user.email, heapUserId);
  }

  /** Users provisioned through SCIM may not have an email yet. */
  async syncProfile(user: User): Promise<void> {
    await this.heap.addUserProperties(user.email ?? 'unknown', { plan: user.plan, company: user.company ?? '' }); // expect: server-identity
  }

  async deleteUser(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw new NotFoundException();
    await this.users.delete(userId);
    await axios.post(`${HEAP_API_BASE}/public/v0/user_deletion`, { users: [{ email: user.email }] }, { // expect: server-identity
      headers: { Authorization: `Bearer ${await this.heapAuth.accessToken()}` },
    });
  }
}
