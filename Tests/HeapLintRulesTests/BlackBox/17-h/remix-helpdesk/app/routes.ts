import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/tickets._index.tsx"),
  route("login", "routes/login.tsx"),
  route("signup", "routes/signup.tsx"),
  route("kiosk", "routes/kiosk.tsx"),
  route("onboarding", "routes/onboarding.tsx"),
  route("settings/profile", "routes/settings.profile.tsx"),
  route("accounts/:accountId", "routes/accounts.$accountId.tsx"),
  route("tickets/:ticketId", "routes/tickets.$ticketId.tsx"),
] satisfies RouteConfig;
