import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

export default defineConfig({
  site: 'https://relay.example.com',
  integrations: [svelte()],
  output: 'static',
});
