/** Display formatting for dates and page numbers. Pure and locale-independent: the same output on every machine. */

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "1958-08-04" → "August 4, 1958" */
export function formatDateEn(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "1958-08-04" → "1958年8月4日" */
export function formatDateZh(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${year}年${month}月${day}日`;
}

/** The Chinese page label, e.g. "第6版": as printed when the source has it, else built from the English page number. */
export function pageLabelZh(zhPage: string | null, enPage: string | null): string | null {
  if (zhPage) return zhPage;
  return enPage ? `第${enPage}版` : null;
}
