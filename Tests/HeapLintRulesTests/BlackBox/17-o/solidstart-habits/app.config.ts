import { defineConfig } from "@solidjs/start/config";

export default defineConfig({
  server: {
    preset: "node-server",
    // the reminder runner is hit by the platform scheduler every 5 minutes
    routeRules: { "/api/reminders/run": { cors: false } },
  },
  vite: {
    envPrefix: "VITE_",
  },
});
