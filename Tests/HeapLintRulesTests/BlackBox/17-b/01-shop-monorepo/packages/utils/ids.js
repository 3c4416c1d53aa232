import { v4, v5 } from 'uuid'
import { nanoid } from 'nanoid'

// Fresh random ids (orders, carts, idempotency keys).
export const newId = v4
export const shortId = () => nanoid(10)

// Deterministic ids: same input, same output.
export const SHOP_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

export function stableId(email) {
  return v5(email.trim().toLowerCase(), SHOP_NAMESPACE)
}

export function customerKey(customer) {
  return `cust_${customer.id}`
}
