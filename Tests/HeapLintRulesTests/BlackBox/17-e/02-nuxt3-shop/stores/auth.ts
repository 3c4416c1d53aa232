import { defineStore } from 'pinia'

export interface Team {
  id: string
  name: string
}

export interface User {
  id: string
  email: string
  firstName: string
  plan: 'free' | 'plus' | 'pro'
  companyName: string | null
  teams: Team[]
  loyaltyPoints: number
}

interface SessionResponse {
  user: User
  token: string
}

export const useAuthStore = defineStore('auth', {
  state: () => ({
    user: null as User | null,
    token: null as string | null,
    loading: false,
  }),

  getters: {
    isLoggedIn: (state) => state.user !== null,
  },

  actions: {
    async login(email: string, password: string) {
      this.loading = true
      try {
        const { user, token } = await $fetch<SessionResponse>('/api/auth/login', {
          method: 'POST',
          body: { email, password },
        })
        this.user = user
        this.token = token

        const analytics = useAnalytics()
        analytics.identify(user.id)
        analytics.setUserProps({ plan: user.plan, company: user.companyName ?? 'n/a' })
        analytics.track('Logged In')
      } finally {
        this.loading = false
      }
    },

    async completeSignup(payload: { email: string; password: string; firstName: string }) {
      const analytics = useAnalytics()
      // identify as early as possible so the signup funnel is attributed
      analytics.identify(payload.email)
      const { user, token } = await $fetch<SessionResponse>('/api/auth/signup', {
        method: 'POST',
        body: payload,
      })
      this.user = user
      this.token = token
      analytics.identify(user.id) // expect: conflicting-identities
      analytics.track('Signed Up', { plan: user.plan })
    },

    async fetchMe() {
      const { user } = await $fetch<{ user: User }>('/api/auth/me', {
        headers: { Authorization: `Bearer ${this.token}` },
      })
      this.user = user
      const analytics = useAnalytics()
      analytics.identify(user.id)
      analytics.setUserProps({
        plan: user.plan,
        loyalty_points: user.loyaltyPoints,
        first_name: user.firstName,
        last_seen_at: new Date(), // expect: user-property-value
        teams: user.teams.map((team) => team.name), // expect: user-property-value
      })
    },

    async logout() {
      await $fetch('/api/auth/logout', { method: 'POST' })
      useAnalytics().logout()
      this.user = null
      this.token = null
      await navigateTo('/')
    },
  },
})
