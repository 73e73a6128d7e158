import { recordAudit } from '@civitas/audit';
import { deleteResident } from '@civitas/auth';
import type { AppClient } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';

/**
 * Deletes a resident: each module erases or anonymises what it holds (every installed module, since a
 * module switched off keeps its data), then the account, its tokens and exports go. The audit entry
 * names no one.
 */
export async function eraseResident(db: AppClient, registry: ModuleRegistry, tenantId: string, residentId: string) {
  for (const definition of registry.list) {
    await definition.privacy?.erase?.({ db, tenantId, residentId });
  }
  await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    await deleteResident(client, residentId);
    await recordAudit(client, {
      actor: { type: 'system', id: null, label: 'account deletion' },
      action: 'resident.deleted',
      targetType: 'resident',
      targetId: residentId,
    });
  });
}
