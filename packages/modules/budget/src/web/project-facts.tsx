import type { CampaignJson, ProjectJson } from '../budget-api-types.ts';
import type { BudgetMessages } from './messages.ts';

/** The facts of a project as a description list: area, cost, address and map point, status, review, delivery. */
export function ProjectFacts({ project: p, campaign, money, t }: { project: ProjectJson; campaign: CampaignJson; money: (n: number) => string; t: BudgetMessages }) {
  const area = campaign.areas.find((a) => a.id === p.areaId);
  const osm = p.latitude !== null && p.longitude !== null ? `https://www.openstreetmap.org/?mlat=${p.latitude}&mlon=${p.longitude}#map=18/${p.latitude}/${p.longitude}` : null;
  return (
    <dl className="civ-budget-facts">
      <dt>{t.area}</dt>
      <dd>{area?.name}</dd>
      <dt>{p.finalCost === null ? t.estimatedCost : t.finalCost}</dt>
      <dd>{money(p.cost)}</dd>
      <dt>{t.address}</dt>
      <dd>
        {p.address}
        {osm && (
          <>
            <br />
            {t.mapPoint(p.latitude!, p.longitude!)} ·{' '}
            <a href={osm} target="_blank" rel="noopener noreferrer">
              {t.openMap}
            </a>
          </>
        )}
      </dd>
      <dt>{t.statusLabel}</dt>
      <dd>
        {t.status[p.status]}
        {p.eligible && p.status === 'published' ? ` · ${t.onBallot}` : ''}
        {p.yours ? ` · ${t.yours}` : ''}
      </dd>
      {p.status === 'rejected' && p.moderationNote && (
        <>
          <dt>{t.noteLabel}</dt>
          <dd>{p.moderationNote}</dd>
        </>
      )}
      <dt>{t.feasibilityLabel}</dt>
      <dd>
        {t.feasibility[p.feasibility]}
        {p.feasibilityNote ? `: ${p.feasibilityNote}` : ''}
      </dd>
      {(campaign.phase === 'results' || campaign.phase === 'follow_up') && p.eligible && (
        <>
          <dt>{t.deliveryLabel}</dt>
          <dd>
            {t.delivery[p.delivery]}
            {p.deliveryNote ? `: ${p.deliveryNote}` : ''}
          </dd>
        </>
      )}
    </dl>
  );
}
