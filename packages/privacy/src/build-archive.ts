import { strToU8, zipSync } from 'fflate';

/** A zip a person can open: a README saying what each file is, then JSON files, one per source. */
export function buildArchive(input: { cityName: string; generatedAt: Date; data: { account: unknown; activity: unknown; modules: Record<string, unknown> } }) {
  const json = (v: unknown) => strToU8(`${JSON.stringify(v, null, 2)}\n`);
  const moduleFiles = Object.fromEntries(Object.entries(input.data.modules).map(([id, v]) => [`modules/${id}.json`, json(v)]));
  const readme = [
    `Your data held by ${input.cityName}`,
    `Generated ${input.generatedAt.toISOString()}`,
    '',
    'account.json   your account: name, email address, district, birth year, language, dates',
    'activity.json  what you did on the site and what was done to your account, oldest first',
    ...Object.keys(input.data.modules).map((id) => `modules/${id}.json`.padEnd(15) + ` what the "${id}" service holds about you`),
    '',
    'Your password is never stored: only a one-way hash of it, which is not included.',
  ].join('\n');
  return zipSync({
    'README.txt': strToU8(`${readme}\n`),
    'account.json': json(input.data.account),
    'activity.json': json(input.data.activity),
    ...moduleFiles,
  });
}
