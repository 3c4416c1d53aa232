import { v5 } from 'uuid'
import { nanoid } from 'nanoid'

// Same names as @shop/analytics, but these feed the support widget, not Heap.
export function identifyUser(id) {
  window.Intercom && window.Intercom('update', { user_id: id })
}

export function trackEvent(name, props) {
  window.analytics && window.analytics.track(name, props)
}

// Deterministic helpers.
export const slugify = (s) => String(s).toLowerCase().trim().replace(/[^a-z0-9]+/g, '-')
export const newId = slugify
export const ACCOUNT_NS = '1b671a64-40d5-491e-99b0-da01ff1f3341'
export const makeId = v5
export function uuid(user) {
  return 'u_' + user.id
}

// Random: support ticket references only.
export const ticket = nanoid
