// A workspace package, imported by its name from the apps.
import { v4 } from 'uuid';

export function identifyUser(id: string) {
  window.heap?.identify(id);
}

export const newRequestId = v4;
