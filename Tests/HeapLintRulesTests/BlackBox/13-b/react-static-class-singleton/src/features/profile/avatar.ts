import { Analytics } from '../../lib/Analytics';
import type { User } from '../../lib/api';

export function reportAvatar(user: User) {
  new Analytics().traits({ hasAvatar: Boolean(user.avatarUrl) }); // expect: user-property-value
}

export function reportCustomFields(user: User) {
  const fields = user.customFields;
  new Analytics().traits({ customFieldCount: Array.isArray(fields) ? fields.length : 0 });
  new Analytics().traits({ hasCustomFields: Array.isArray(fields) }); // expect: user-property-value
}
