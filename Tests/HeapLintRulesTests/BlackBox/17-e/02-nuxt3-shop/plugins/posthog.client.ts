import posthog from 'posthog-js'

export default defineNuxtPlugin(() => {
  const { posthogKey } = useRuntimeConfig().public
  const client = posthog.init(posthogKey, {
    api_host: 'https://eu.i.posthog.com',
    capture_pageview: false,
    person_profiles: 'identified_only',
  })
  return { provide: { posthog: client } }
})
