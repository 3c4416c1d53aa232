import { onAuthChange, fetchProfile } from './user.js'

// Everything here runs from callbacks, after boot.js has loaded Heap.

onAuthChange(function (session) {
  heap.identify(session.loggedIn ? session.email : 'not_authenticated') // expect: blocklisted-identity
})

export function loadProfile(id, done) {
  fetchProfile(id, function (err, profile) {
    if (err) return done(err)
    heap.identify(profile.handle || 'recipe-fan') // expect: hardcoded-identity
    heap.addUserProperties({ saved_recipes: profile.saved.length, skill: profile.skillLevel })
    heap.addUserProperties({ preferences: { units: profile.units, servings: profile.servings } }) // expect: user-property-value
    done(null, profile)
  })
}

export async function completeSignup(form) {
  const res = await fetch('/api/signup', { method: 'POST', body: new FormData(form) })
  const created = await res.json()
  heap.identify(created.id)
  heap.addUserProperties({ signup_source: form.dataset.source || 'organic' })
}

export function identifyFromInvite(invite) {
  heap.identify(invite.email, 'email') // expect: identity-type
}

export function signOut() {
  return fetch('/api/logout', { method: 'POST' }).then(function () {
    heap.track('Signed Out')
    heap.reset() // expect: unknown-heap-method
  })
}

document.addEventListener('recipe:saved', (e) => {
  heap.track('Recipe Saved', { recipe_id: e.detail.id, cuisine: e.detail.cuisine })
})

setTimeout(() => heap.track('Engaged 30s'), 30000)
