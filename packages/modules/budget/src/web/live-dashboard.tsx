import type { ModuleApi } from '@civitas/module-sdk/web';
import { useEffect, useId, useState } from 'react';
import type { DashboardJson } from '../budget-api-types.ts';
import { formatDay } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { useResource } from './use-resource.ts';

const EVERY_MS = 10_000;

/** Ballots by area and by day, and votes by project, refreshed every 10 s until staff pause it (WCAG 2.2.2). */
export function LiveDashboard({ api, campaignId, locale, t }: { api: ModuleApi; campaignId: string; locale: string; t: BudgetMessages }) {
  const ids = useId();
  const [live, setLive] = useState(true);
  const [tick, setTick] = useState(0);
  const [board] = useResource(async () => ({ data: await api.get<DashboardJson>(`admin/campaigns/${campaignId}/dashboard`), at: new Date() }), `${campaignId}-${tick}`);
  const [last, setLast] = useState<{ data: DashboardJson; at: Date } | null>(null);
  useEffect(() => {
    if (board.state === 'ready') setLast(board.data);
  }, [board]);
  useEffect(() => {
    if (!live) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [live]);

  return (
    <section aria-labelledby={`${ids}-live`}>
      <h2 id={`${ids}-live`}>{t.dashboard}</h2>
      <p>
        <button type="button" className="civ-budget-button civ-budget-button--secondary" aria-pressed={!live} onClick={() => setLive((v) => !v)}>
          {live ? t.pauseLive : t.resumeLive}
        </button>
      </p>
      {!last && board.state === 'failed' && <p className="civ-budget-error">{t.loadFailed}</p>}
      {!last && board.state === 'loading' && <p>{t.loading}</p>}
      {last && (
        <>
          <p>
            {t.totalBallots(last.data.total)} {t.updatedAt(last.at.toLocaleTimeString(locale))}
          </p>
          <div className="civ-budget-columns">
            <Table caption={t.byArea} head={[t.area, t.ballots]} rows={last.data.byArea.map((a) => [a.name, a.ballots])} locale={locale} />
            <Table caption={t.byDay} head={[t.day, t.ballots]} rows={last.data.byDay.map((d) => [formatDay(d.day, locale), d.ballots])} locale={locale} />
          </div>
          <Table caption={t.liveVotes} head={[t.project, t.votes]} rows={last.data.projects.map((p) => [p.title, p.votes])} locale={locale} />
        </>
      )}
    </section>
  );
}

function Table({ caption, head, rows, locale }: { caption: string; head: [string, string]; rows: [string, number][]; locale: string }) {
  const most = Math.max(1, ...rows.map((r) => r[1]));
  return (
    <div className="civ-budget-table-wrap">
      <table className="civ-budget-table civ-budget-table--narrow">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, n], i) => (
            <tr key={`${label}-${i}`}>
              <th scope="row">{label}</th>
              <td>
                <span className="civ-budget-votes">
                  <span className="civ-budget-bar" aria-hidden="true">
                    <span className="civ-budget-bar__fill" style={{ width: `${Math.round((n / most) * 100)}%` }} />
                  </span>
                  {n.toLocaleString(locale)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
