import type { ReactNode } from 'react';
import type { BudgetEntry } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { budgetFlags, flagPunctuation, formatAmount } from './program-display';

/**
 * An amount with its 内数 / 程度 flags: the flags look like badges, and their brackets are
 * there as (visually hidden) text, so the words read and copy as "¥3,000 million (part of a
 * larger line)" / "30億円（内数）" and never run together with the amount or the year after them.
 */
export function BudgetAmount({
  entry,
  unknown,
}: {
  entry: Pick<BudgetEntry, 'amountYen' | 'text' | 'partOf' | 'approximate'>;
  /** Shown instead of the printed text when the entry gives no figure. */
  unknown?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const flags = budgetFlags(entry, t);
  const { open, between, close } = flagPunctuation(locale);
  return (
    <>
      {entry.amountYen === null && unknown ? (
        unknown
      ) : (
        <span className="amount" lang={entry.amountYen === null ? 'ja' : undefined}>
          {formatAmount(entry, locale)}
        </span>
      )}
      {flags.length > 0 && (
        <span className="budget-flags">
          <span className="visually-hidden">{open}</span>
          {flags.map((flag, index) => (
            <span key={flag}>
              {index > 0 && <span className="visually-hidden">{between}</span>}
              <span className="flag">{flag}</span>
            </span>
          ))}
          <span className="visually-hidden">{close}</span>
        </span>
      )}
    </>
  );
}
