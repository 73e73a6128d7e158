/** The largest amount a campaign handles (ten trillion units): well inside a JS number and a bigint column. */
export const MAX_MONEY = 10_000_000_000_000;

/** bigint columns come back as bigint; amounts stay far below 2^53, so numbers are exact. */
export const toMoney = (value: bigint | number) => Number(value);

// Building an Intl formatter costs far more than using one: one per locale and currency, kept.
const formats = new Map<string, Intl.NumberFormat | null>();

/** An amount with its currency, for server messages and emails ("€1,000,000", "1 000 000 Ft"). */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  const key = `${locale}:${currency}`;
  if (!formats.has(key)) {
    try {
      formats.set(key, new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }));
    } catch {
      formats.set(key, null);
    }
  }
  return formats.get(key)?.format(amount) ?? `${amount.toLocaleString(locale)} ${currency}`;
}
