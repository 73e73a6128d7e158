import { withTenant } from '@civitas/db';
import type { ModulePrivacy } from '@civitas/module-sdk';
import { anonymiseBallots, listBallotsOf } from './ballots-repository.ts';
import { deleteFollowsOf, listFollowsOf } from './follows-repository.ts';
import { toMoney } from './money.ts';
import { detachAuthor, listAuthoredProjects } from './projects-repository.ts';

/**
 * A resident's proposals, ballots and follows. On deletion the ballots are anonymised (they were
 * counted and still count), the follows go, and the proposals stay without an author.
 */
export const budgetPrivacy: ModulePrivacy = {
  keeps: {
    en: 'Participatory budget: the proposals you submit (they stay published without your name if you delete your account), your ballots (kept without your name after deletion, so the vote count does not change) and the projects you follow.',
    fr: 'Budget participatif : les propositions que vous déposez (elles restent publiées sans votre nom si vous supprimez votre compte), vos bulletins (conservés sans votre nom après suppression, pour que le décompte ne change pas) et les projets que vous suivez.',
    hu: 'Részvételi költségvetés: az Ön által beküldött javaslatok (fiókja törlése után név nélkül maradnak közzétéve), szavazólapjai (törlés után név nélkül megmaradnak, hogy a szavazatszám ne változzon) és az Ön által követett projektek.',
    es: 'Presupuesto participativo: las propuestas que envía (siguen publicadas sin su nombre si elimina su cuenta), sus papeletas (se conservan sin su nombre tras la eliminación, para que el recuento no cambie) y los proyectos que sigue.',
  },
  export: ({ db, tenantId, residentId }) =>
    withTenant(tenantId, async () => {
      const [proposals, ballots, follows] = await Promise.all([listAuthoredProjects(db, residentId), listBallotsOf(db, residentId), listFollowsOf(db, residentId)]);
      return {
        proposals: proposals.map((p) => ({ ...p, estimatedCost: toMoney(p.estimatedCost) })),
        ballots: ballots.map((b) => ({
          id: b.id,
          campaignId: b.campaignId,
          area: b.area.name,
          submittedAt: b.submittedAt,
          totalCost: toMoney(b.totalCost),
          projects: b.lines.map((l) => l.project),
        })),
        follows: follows.map((f) => ({ projectId: f.projectId, title: f.project.title, since: f.createdAt })),
      };
    }),
  erase: ({ db, tenantId, residentId }) =>
    withTenant(tenantId, () =>
      db.$transaction(async (tx) => {
        await anonymiseBallots(tx, residentId);
        await deleteFollowsOf(tx, residentId);
        await detachAuthor(tx, residentId);
      }),
    ),
};
