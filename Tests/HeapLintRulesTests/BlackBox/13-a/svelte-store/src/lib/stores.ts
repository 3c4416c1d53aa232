import { writable } from 'svelte/store';

export interface User {
  id: string;
  name: string;
  email: string;
}

export interface Prefs {
  theme: 'light' | 'dark';
  density: 'compact' | 'comfortable';
}

export const user = writable<User | null>(null);
export const prefs = writable<Prefs>({ theme: 'light', density: 'comfortable' });
