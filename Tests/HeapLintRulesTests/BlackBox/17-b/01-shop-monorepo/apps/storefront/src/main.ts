/// <reference types="vite/client" />
import { loadHeap, identifyUser, setUserProps, trackEvent, logout } from '@shop/analytics'
import { newId, shortId, stableId, customerKey } from 'shop-utils/ids'

loadHeap(import.meta.env.VITE_HEAP_APP_ID)

export function onLogin(customer: any) {
  identifyUser(customerKey(customer))
  setUserProps({ plan: customer.tier, lifetime_orders: customer.orderCount })
  trackEvent('Login', { method: 'password' })
}

export function onNewsletterSignup(email: string) {
  identifyUser(stableId(email))
  trackEvent('Newsletter Signup')
}

export function onGuestCheckout(order: any) {
  trackEvent('Checkout Started', { cart_id: newId(), items: order.items.length })
  identifyUser(order.email || newId()) // expect: random-identity
}

export function onReferralLanding(code: string) {
  trackEvent('Referral Landing', { code })
  identifyUser(shortId()) // expect: random-identity
}

export function onKioskMode() {
  identifyUser('store-kiosk') // expect: hardcoded-identity
}

export function onB2BBuyerLogin(buyer: any) {
  identifyUser(buyer.orgId) // expect: non-unique-identity
  setUserProps({ company: buyer.companyName, seats: buyer.seatCount })
}

export function onAddressSaved(profile: any) {
  setUserProps({ city: profile.city, country: profile.country })
  setUserProps({ address: { street: profile.street, zip: profile.zip } }) // expect: user-property-value
}

export function onLoyaltyJoined(member: any) {
  trackEvent('Loyalty Joined', { points: member.points })
  setUserProps({ loyalty_since: new Date(), loyalty_points: member.points }) // expect: user-property-value
}

export function onLogout() {
  trackEvent('Logout')
  logout()
}
