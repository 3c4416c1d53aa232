import { tracking, identifyMember, pageContext } from '@fit/tracking'
import { genId, memberKey, deviceId, timestampId } from 'fit-ids'

pageContext('member-app')

export function onSignedIn(member) {
  identifyMember(memberKey(member))
  tracking.props({ home_gym: member.homeGym, tier: member.tier, visits: member.visitCount })
  tracking.event('Signed In')
}

export function onTrialStarted(form) {
  tracking.event('Trial Started', { source: form.source })
  identifyMember(form.email || genId()) // expect: random-identity
}

export function onAppOpened() {
  tracking.event('App Opened', { opened_at: Date.now() })
  identifyMember(deviceId()) // expect: anonymous-identity
}

export function onClassBooked(cls) {
  tracking.event('Class Booked', { class_id: cls.id, coach: cls.coachName, booking_ref: genId() })
}

export function onCheckIn(kiosk) {
  tracking.event('Check In', { kiosk: kiosk.id })
  identifyMember(timestampId()) // expect: random-identity
}

export function onProfileEdited(member) {
  tracking.syncProfile({ weight_unit: member.units })
  tracking.props({ goal: member.goal, sessions_per_week: member.weeklyTarget })
}

export function onSignedOut() {
  tracking.event('Signed Out')
  tracking.reset()
}
