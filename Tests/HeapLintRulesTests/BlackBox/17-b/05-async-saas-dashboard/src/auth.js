import { api } from './api.js'

// These run after bootstrap.js has loaded Heap.

export async function login(email, password) {
  const { user } = await api.login(email, password)
  heap.identify(user.id)
  heap.addUserProperties({ email: user.email, workspace: user.teamName })
  heap.track('Login', { method: 'password' })
  return user
}

export async function loginWithSso(provider) {
  const { user } = await window.sso.signIn(provider)
  heap.identify(user.teamId) // expect: non-unique-identity
  heap.track('Login', { method: provider })
}

export async function acceptInvite(token) {
  const res = await fetch(`/api/invites/${token}`, { method: 'POST' })
  const invite = await res.json()
  heap.identify(invite.userId)
  heap.track('Invite Accepted', { invited_by: invite.inviterId })
}

export async function linkAccounts(local, google) {
  heap.identify(local.email)
  await fetch('/api/link', { method: 'POST', body: JSON.stringify({ google: google.sub }) })
  heap.identify(google.email) // expect: conflicting-identities
}

export function watchSession() {
  api.onSessionChange(function (err, user) {
    if (err || !user) return
    heap.identify({ email: user.email, name: user.name }) // expect: blocklisted-identity
  })
}

let magicLinkEmail = null

function getMagicLinkEmail() {
  return magicLinkEmail
}

export async function restoreFromMagicLink(link) {
  const res = await fetch(`/api/magic/${encodeURIComponent(link)}`)
  magicLinkEmail = (await res.json()).email
  heap.identify(getMagicLinkEmail) // expect: identity-type
}

export async function startTrial() {
  const trialUser = await fetch('/api/trial', { method: 'POST' }).then((r) => r.json())
  heap.identify(trialUser.email || String(Date.now())) // expect: random-identity
}

export async function reconnect() {
  heap.identify(heap.userId) // expect: anonymous-identity
}

export async function logout() {
  await fetch('/api/logout', { method: 'POST' })
  heap.track('Logout')
  heap.resetIdentity()
}
