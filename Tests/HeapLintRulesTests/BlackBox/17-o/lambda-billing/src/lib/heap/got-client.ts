import got from "got";

/** got instance bound to Heap's API, with retries for the Cognito triggers (they must stay fast). */
export const heapApi = got.extend({
  prefixUrl: "https://heapanalytics.com/api",
  timeout: { request: 2500 },
  retry: { limit: 2, methods: ["POST"] },
  hooks: {
    beforeError: [
      (error) => {
        console.warn("[heap] request failed", error.response?.statusCode, error.message);
        return error;
      },
    ],
  },
});
