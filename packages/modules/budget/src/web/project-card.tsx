import type { ProjectJson } from '../budget-api-types.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';

/** A project in a list: its title (a link to its page), area, cost and where it stands ("on the ballot" only before voting, when it is news). */
export function ProjectCard({ project: p, areaName, money, navigate, t, ballotTag }: { project: ProjectJson; areaName: string; money: (n: number) => string; navigate: (p: string) => void; t: BudgetMessages; ballotTag: boolean }) {
  return (
    <li className="civ-budget-card">
      <h3>
        <ModuleLink base={PORTAL_BASE} to={`projects/${p.id}`} navigate={navigate}>
          {p.title}
        </ModuleLink>
      </h3>
      <p className="civ-budget-meta">
        {areaName} · {t.costOf(money(p.cost))}
      </p>
      {(p.yours || p.status !== 'published' || (ballotTag && p.eligible)) && (
        <p className="civ-budget-tags">
          {p.yours && <span className="civ-budget-tag">{t.yours}</span>}
          {p.status !== 'published' && <span className="civ-budget-tag">{t.status[p.status]}</span>}
          {ballotTag && p.eligible && p.status === 'published' && <span className="civ-budget-tag">{t.onBallot}</span>}
        </p>
      )}
    </li>
  );
}
