import { randomBytes } from 'node:crypto';

/** `TP-4F2A9C` for terrace-permits: the initials of the module id and six random hex digits. */
export function newReference(moduleId: string) {
  const initials = moduleId
    .split('-')
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
  return `${initials}-${randomBytes(3).toString('hex').toUpperCase()}`;
}
