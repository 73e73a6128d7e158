import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.ts';

describe('csvLine', () => {
  it('quotes commas, quotes and line breaks, and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', 3, true, null])).toBe('a,"b,c","say ""hi""","two\nlines",3,true,\r\n');
  });
  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', -5])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),-5\r\n`);
  });
});
