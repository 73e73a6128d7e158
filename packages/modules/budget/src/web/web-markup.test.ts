import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CampaignJson } from '../budget-api-types.ts';
import { ruleMessage } from './ballot-builder.tsx';
import { BallotSummary } from './ballot-summary.tsx';
import { formatMoney } from './format.ts';
import { messagesFor } from './messages.ts';

const campaign = (over: Partial<CampaignJson> = {}): CampaignJson => ({
  id: '5b0c6a0e-8f7e-4a43-9d3c-2c1f3f0a1b2c',
  title: 'Közösségi költségvetés 2027',
  description: '',
  phase: 'voting',
  currency: 'HUF',
  votingMethod: 'knapsack',
  maxPicks: 3,
  thresholdPercent: 70,
  areaRule: 'city_and_own_district',
  preModeration: true,
  minimumAge: 0,
  ideationAt: '2027-01-01T00:00:00.000Z',
  reviewAt: '2027-02-01T00:00:00.000Z',
  votingAt: '2027-03-01T00:00:00.000Z',
  resultsAt: '2027-04-01T00:00:00.000Z',
  followUpAt: '2027-05-01T00:00:00.000Z',
  areas: [],
  ...over,
});
const summary = (locale: string, c: CampaignJson, costs: number[]) =>
  renderToStaticMarkup(createElement(BallotSummary, { campaign: c, budget: 1_000_000, costs, money: (n: number) => formatMoney(n, c.currency, locale), t: messagesFor(locale) }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the ballot summary', () => {
  it('is one polite live region that reads the remaining budget and the picks, in the resident’s language', () => {
    const html = summary('hu', campaign(), [600_000]);
    expect(html).toContain('role="status" aria-live="polite" aria-atomic="true"');
    expect(text(html)).toBe('Fennmaradó keret: 400 000 Ft / 1 000 000 Ft. 1 projekt kiválasztva.');
    expect(text(summary('en', campaign({ currency: 'EUR' }), [600_000, 400_001]))).toBe('Over the budget by €1: remove a project. 2 projects chosen.');
  });
  it('counts picks for approval voting and the minimum for threshold voting', () => {
    expect(text(summary('fr', campaign({ votingMethod: 'approval', currency: 'EUR' }), [1, 2]))).toBe('Encore 1 choix sur 3. 2 projets choisis.');
    expect(text(summary('en', campaign({ votingMethod: 'threshold', currency: 'EUR' }), [500_000]))).toBe(
      'Remaining budget: €500,000 of €1,000,000. Spend at least €700,000; your ballot spends €500,000. 1 project chosen.',
    );
  });
  it('keeps the bar out of the accessibility tree: the words say it all', () => {
    expect(summary('en', campaign(), [250_000])).toMatch(/<div class="civ-budget-meter" aria-hidden="true">/);
  });
});

describe('ruleMessage', () => {
  it('names the broken rule in the reader’s words, with its numbers', () => {
    const c = campaign({ maxPicks: 4, thresholdPercent: 60 });
    expect(ruleMessage(messagesFor('en'), c, 'approval_too_many')).toBe('Approval voting: choose at most 4 projects.');
    expect(ruleMessage(messagesFor('hu'), c, 'threshold_under_minimum')).toBe('Küszöbszabály: a terület keretének legalább 60%-át használja fel.');
    expect(ruleMessage(messagesFor('fr'), c, 'knapsack_over_budget')).toMatch(/^Règle du budget/);
    expect(ruleMessage(messagesFor('en'), c, 'voting_closed')).toBe('');
  });
});
