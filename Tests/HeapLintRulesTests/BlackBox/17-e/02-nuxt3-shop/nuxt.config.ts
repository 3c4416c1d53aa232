// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    public: {
      heapAppId: process.env.NUXT_PUBLIC_HEAP_APP_ID || '',
      posthogKey: process.env.NUXT_PUBLIC_POSTHOG_KEY || '',
      apiBase: '/api',
    },
  },
  app: {
    head: {
      title: 'Fernway — plants, delivered',
      meta: [{ name: 'description', content: 'Houseplants and pots, delivered in 48h.' }],
    },
  },
})
