const HEAP_METHODS = [
  'addEventProperties',
  'addUserProperties',
  'clearEventProperties',
  'identify',
  'resetIdentity',
  'removeEventProperty',
  'setEventProperties',
  'track',
  'unsetEventProperty',
]

/** Heap's install snippet, un-minified so it passes our CSP review. */
function installHeapSnippet() {
  window.heap = window.heap || []
  window.heap.load = function (appId: string, config?: Record<string, unknown>) {
    window.heap.appid = appId
    window.heap.config = config || {}
    const script = document.createElement('script')
    script.type = 'text/javascript'
    script.async = true
    script.src = `https://cdn.heapanalytics.com/js/heap-${appId}.js`
    const first = document.getElementsByTagName('script')[0]
    first.parentNode!.insertBefore(script, first)
    for (const method of HEAP_METHODS) {
      window.heap[method] = (...args: unknown[]) => window.heap.push([method, ...args])
    }
  }
}

export default defineNuxtPlugin({
  name: 'heap',
  parallel: true,
  setup(nuxtApp) {
    const { heapAppId } = useRuntimeConfig().public

    installHeapSnippet()
    window.heap.load(heapAppId, { disableTextCapture: true, secureCookie: true })
    window.heap.addEventProperties({ storefront: 'nuxt', locale: navigator.language })

    const router = useRouter()
    router.afterEach((to, from) => {
      if (to.fullPath === from.fullPath) return
      window.heap.trackPageView({ path: to.path, name: String(to.name ?? '') }) // expect: unknown-heap-method
    })

    nuxtApp.hook('vue:error', (err) => {
      window.heap.track('Client Error', { message: String((err as Error)?.message ?? err) })
    })

    return {
      provide: {
        heap: window.heap,
      },
    }
  },
})
