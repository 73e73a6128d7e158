// Results of one area by CONSUL's rule: projects in order of votes, each funded if it still fits
// the money left. Pure.

export interface Candidate {
  id: string;
  cost: number;
  votes: number;
  /** When it was proposed: the last tie-break. */
  createdAt: Date;
}

export interface RankedProject extends Candidate {
  /** 1 = first in the order below. */
  rank: number;
  funded: boolean;
}

/**
 * The order: most votes first; on equal votes the cheaper project first (the money then goes to
 * more projects); on equal cost the one proposed first; then the id, so the order is total and the
 * same on every run. Going down that order, a project with at least one vote is funded when its
 * cost is at most the money left, which then shrinks by its cost; a project that does not fit is
 * skipped and the next ones are still considered (CONSUL), so a cheaper project further down can be funded.
 */
export function greedyResults(budget: number, candidates: readonly Candidate[]): { ranked: RankedProject[]; spent: number } {
  const order = [...candidates].sort(
    (a, b) => b.votes - a.votes || a.cost - b.cost || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let left = budget;
  const ranked = order.map((c, i) => {
    const funded = c.votes > 0 && c.cost <= left;
    if (funded) left -= c.cost;
    return { ...c, rank: i + 1, funded };
  });
  return { ranked, spent: budget - left };
}
