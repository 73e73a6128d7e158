import type { AppClient } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import { type CityRef, portalLink, sendBudgetMail } from './budget-mail.ts';
import { listFollowers } from './follows-repository.ts';
import { markSent, sentKeys } from './mail-log-repository.ts';
import type { ChangeFacts, ProjectChange } from './mail-copy.ts';
import { findProject } from './projects-repository.ts';
import { findResult } from './results-repository.ts';
import { mailLanguage, renderBudgetMail } from './render-budget-mail.ts';
import { findResidentContacts } from './resident-contacts.ts';

export interface ProjectNews {
  projectId: string;
  change: ProjectChange;
  /** Tells repeated changes apart (a project can go back to "works"): the project's updatedAt in ms. */
  version: number;
  city: CityRef;
}

/**
 * Emails each follower of the project about one change, in their language. Safe to run again: a
 * follower already emailed about this change (by key) is skipped.
 */
export async function notifyFollowers(db: BudgetClient & Pick<AppClient, 'resident'>, news: ProjectNews) {
  const project = await findProject(db, news.projectId);
  if (!project) return { sent: 0 };
  const followers = await listFollowers(db, project.id);
  const keyOf = (residentId: string) => `notify.${project.id}.${news.change}.${news.version}.${residentId}`;
  const done = await sentKeys(db, followers.map(keyOf));
  const contacts = await findResidentContacts(db, followers.filter((id) => !done.has(keyOf(id))));
  if (contacts.length === 0) return { sent: 0 };
  const facts = await factsOf(db, project, news.change);
  const link = portalLink(news.city, `/m/budget/projects/${project.id}`);
  const messages = contacts.map((c) => {
    const locale = c.locale ?? news.city.defaultLocale;
    const { copy } = mailLanguage(locale);
    const mail = renderBudgetMail(locale, {
      subject: copy.changeSubject(facts.title),
      greetingName: c.displayName,
      paragraphs: [copy.change[news.change](facts).trim()],
      after: [copy.unfollow],
      link,
      cityName: news.city.name,
    });
    return { key: keyOf(c.id), to: c.email, ...mail };
  });
  const sent = await sendBudgetMail(news.city, messages, (key) => markSent(db, key));
  return { sent };
}

async function factsOf(db: BudgetClient, project: NonNullable<Awaited<ReturnType<typeof findProject>>>, change: ProjectChange): Promise<ChangeFacts> {
  const note = change === 'rejected' ? project.moderationNote : change === 'unfeasible' ? project.feasibilityNote : change.startsWith('delivery.') ? project.deliveryNote : '';
  const [result, target] = await Promise.all([
    change === 'funded' || change === 'not_funded' ? findResult(db, project.id) : null,
    project.mergedIntoId ? findProject(db, project.mergedIntoId) : null,
  ]);
  return { title: project.title, note, votes: result?.votes ?? 0, mergedInto: target?.title ?? '' };
}
