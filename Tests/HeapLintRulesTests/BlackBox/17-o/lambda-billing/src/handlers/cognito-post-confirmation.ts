import type { PostConfirmationTriggerHandler } from "aws-lambda";
import { HEAP_APP_ID } from "../config";
import { heapApi } from "../lib/heap/got-client";

export const handler: PostConfirmationTriggerHandler = async (event) => {
  const attrs = event.request.userAttributes;
  const email = attrs.email;

  if (event.triggerSource !== "PostConfirmation_ConfirmSignUp" || !email) {
    return event;
  }

  await heapApi.post("add_user_properties", {
    json: {
      app_id: HEAP_APP_ID,
      identity: email,
      properties: {
        signup_source: attrs["custom:signup_source"] ?? "organic",
        locale: attrs.locale ?? "en",
        cognito_sub: attrs.sub,
      },
    },
  });

  await heapApi.post("track", {
    json: {
      app_id: HEAP_APP_ID,
      identity: email,
      event: "Account Confirmed",
      properties: { provider: event.userName.startsWith("google_") ? "google" : "password" },
    },
  });

  return event;
};
