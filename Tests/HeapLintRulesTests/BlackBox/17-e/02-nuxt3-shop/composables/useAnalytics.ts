type Props = Record<string, unknown>

/**
 * One place for product analytics. Heap is the source of truth; PostHog only
 * runs session replays for the support team.
 */
export function useAnalytics() {
  const { $heap, $posthog } = useNuxtApp()

  function identify(id: string) {
    $heap?.identify(id)
    $posthog?.identify(id, { source: 'storefront' })
  }

  function track(event: string, props: Props = {}) {
    $heap?.track(event, props)
  }

  function setUserProps(props: Props) {
    $heap?.addUserProperties(props)
  }

  function logout() {
    $heap?.resetIdentity()
    $posthog?.reset()
  }

  return { identify, track, setUserProps, logout }
}
