export const makeId = () => crypto.randomUUID()
export const genId = makeId

export const timestampId = () => `t${Date.now()}`

export function deviceId() {
  let id = localStorage.getItem('fit_device_id')
  if (!id) {
    id = makeId()
    localStorage.setItem('fit_device_id', id)
  }
  return id
}

export const memberKey = (member) => 'member-' + member.memberNumber
