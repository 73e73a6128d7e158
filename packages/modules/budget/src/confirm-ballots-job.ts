import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { listUnconfirmedBallots } from './ballots-repository.ts';
import { portalLink, sendBudgetMail } from './budget-mail.ts';
import { findCampaign } from './campaigns-repository.ts';
import { cityRefPayload } from './city-ref.ts';
import { markSent } from './mail-log-repository.ts';
import { formatMoney, toMoney } from './money.ts';
import { listProjectCosts } from './projects-repository.ts';
import { mailLanguage, renderBudgetMail } from './render-budget-mail.ts';
import { findResidentContacts } from './resident-contacts.ts';

/**
 * Confirms the campaign's new ballots by email, in batches: one job per campaign and window of a
 * few seconds (the id names the window), however many ballots came in it, over one SMTP connection.
 * It confirms every ballot of the last day not yet confirmed, so a window whose job failed is caught
 * up by the next. Each email is sent once (by key), the voter's ballot listed in their language.
 */
export const confirmBallotsJob = defineJob({
  name: 'budget.confirm-ballots',
  payload: z.object({ tenantId: z.uuid(), campaignId: z.uuid(), window: z.number().int(), city: cityRefPayload, timeZone: z.string().max(64) }),
  jobId: (p) => `budget.confirm-ballots.${p.tenantId}.${p.campaignId}.${p.window}`,
});

const LOOK_BACK_MS = 24 * 3600_000;

export async function confirmBallots(db: AppClient, p: z.infer<typeof confirmBallotsJob.payload>, now: Date) {
  const campaign = await findCampaign(db, p.campaignId);
  if (!campaign) return { sent: 0 };
  const ballots = await listUnconfirmedBallots(db, campaign.id, new Date(now.getTime() - LOOK_BACK_MS));
  const contacts = new Map((await findResidentContacts(db, [...new Set(ballots.map((b) => b.residentId!))])).map((c) => [c.id, c]));
  const projects = new Map((await listProjectCosts(db, [...new Set(ballots.flatMap((b) => b.lines.map((l) => l.projectId)))])).map((x) => [x.id, x]));
  const messages = ballots.flatMap((ballot) => {
    const contact = contacts.get(ballot.residentId!);
    if (!contact) return [];
    const locale = contact.locale ?? p.city.defaultLocale;
    const { lang, copy } = mailLanguage(locale);
    const money = (n: number) => formatMoney(n, campaign.currency, lang);
    const at = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: p.timeZone }).format(ballot.submittedAt);
    const chosen = ballot.lines.map((l) => projects.get(l.projectId)!).sort((a, b) => a.title.localeCompare(b.title, lang));
    const mail = renderBudgetMail(locale, {
      subject: copy.ballotSubject(campaign.title),
      greetingName: contact.displayName,
      paragraphs: copy.ballotBody(ballot.area.name, at),
      items: chosen.map((x) => `${x.title} (${money(x.cost)})`),
      after: [copy.ballotTotal(money(toMoney(ballot.totalCost)), money(toMoney(ballot.area.budget)))],
      link: portalLink(p.city, `/m/budget/campaigns/${campaign.id}`),
      cityName: p.city.name,
    });
    return [{ key: `ballot.${ballot.id}`, to: contact.email, ...mail }];
  });
  return { sent: await sendBudgetMail(p.city, messages, (key) => markSent(db, key)) };
}

export const confirmBallotsHandler = (db: AppClient) => handler(confirmBallotsJob, (p) => confirmBallots(db, p, new Date()));
