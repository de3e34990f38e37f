const OKU = 100_000_000;
const MAN = 10_000;
// Formatters are costly to create and a list draws dozens of amounts: made once.
const group = new Intl.NumberFormat('ja-JP');
const millionsFormats = [0, 1, 2].map(
  (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }),
);

/** 13,750,508,000 → "137億5,050万8,000円"; readers think in 億 and 万, not in long digit runs. */
export function formatYenJa(amount: number): string {
  if (amount === 0) return '0円';
  const oku = Math.floor(amount / OKU);
  const man = Math.floor((amount % OKU) / MAN);
  const rest = amount % MAN;
  return (
    (oku ? `${group.format(oku)}億` : '') +
    (man ? `${group.format(man)}万` : '') +
    (rest ? group.format(rest) : '') +
    '円'
  );
}

/** English readers get millions of yen, which is how English-language budget summaries read. */
export function formatYenEn(amount: number): string {
  const millions = amount / 1_000_000;
  const digits = Number.isInteger(millions) ? 0 : millions < 10 ? 2 : 1;
  return `¥${millionsFormats[digits]!.format(millions)} million`;
}
