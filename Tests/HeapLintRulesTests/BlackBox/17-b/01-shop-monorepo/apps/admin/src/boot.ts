import { loadHeap, identifyUser, trackEvent } from '@shop/analytics'
import { newId } from 'shop-utils/ids'

// The staff profile is rendered into the page by the server.
const staff = JSON.parse(document.getElementById('staff-json')!.textContent || '{}')

identifyUser(staff.email) // expect: call-before-load
loadHeap('3318822014')
trackEvent('Admin Opened', { build: document.body.dataset.build || 'dev' })

export function afterStaffLogin(user: any) {
  identifyUser(user.email)
  trackEvent('Admin Login', { request_id: newId() })
}

export function afterSsoLogin(claims: any) {
  identifyUser(claims.sub || 'sso-user') // expect: hardcoded-identity
}

export function startImpersonation(target: any) {
  trackEvent('Impersonation Started', { target_id: target.id })
}
