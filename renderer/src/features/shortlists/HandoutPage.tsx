import { PublisherName } from '../../components/PublisherName';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, todayIso } from '../../../../shared/format/dates';
import { Printed } from '../../components/Printed';
import { NotFound } from '../../components/NotFound';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCatalogMeta, useSourceDocuments } from '../../db/programs-repository';
import { useShortlist, type ShortlistRow } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { exportColumn, type ExportContext } from '../export/export-columns';
import { safeFileName } from '../export/run-export';

/**
 * The A4 handout of a list: what the user decided (status, internal deadline, note), why (the
 * wizard's reasons), whom to call, and where each fact comes from, by document title and
 * publisher. On screen it is a preview with a print button; the print stylesheet drops the app
 * around it, numbers the pages and keeps each program on one page where it fits.
 */
export function HandoutPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const shortlist = useShortlist(id);
  const meta = useCatalogMeta();
  const documents = useSourceDocuments();
  const [today] = useState(() => todayIso());
  const print = useCheckedWrite();
  useDocumentTitle(shortlist?.list.name ?? t('shortlist.handout'));
  if (shortlist === undefined || meta === undefined || documents === undefined)
    return <p aria-busy="true">{t('loading')}</p>;
  if (shortlist === null)
    return (
      <NotFound message={t('shortlist.notFound')} backTo="/shortlists" backLabel={t('shortlist.back')} />
    );
  const name = shortlist.list.name;
  const context: ExportContext = { t, locale, documents };
  return (
    <article className="handout" aria-labelledby="handout-title">
      <p className="no-print handout-tools">
        <Link to={`/shortlists/${id}`}>{t('handout.back')}</Link>{' '}
        <button
          type="button"
          className="primary"
          onClick={() => print.run(() => getPlatform().printView(`${safeFileName(name)}.pdf`))}
        >
          {t('handout.print')}
        </button>{' '}
        <WriteFailure write={print} action="print" />
      </p>
      <header className="handout-header">
        <h1 id="handout-title">
          <Printed>{name}</Printed>
        </h1>
        <p className="handout-meta">
          <span>{t('handout.date', { date: formatDate(today, locale) })}</span>
          {meta && (
            <span>
              {t('handout.catalog', { date: formatDate(meta.asOf, locale) })} ·{' '}
              <PublisherName name={meta.publisher} />
            </span>
          )}
        </p>
      </header>
      {shortlist.rows.map((row, i) => (
        <HandoutProgram key={row.entry.id} row={row} index={i + 1} context={context} />
      ))}
      <footer className="handout-footer">
        {t('handout.footerDate', { date: formatDate(today, locale) })}
        {locale === 'en' && ' '}
        {meta && t('handout.footer', { version: meta.catalogVersion, date: formatDate(meta.asOf, locale) })}
      </footer>
    </article>
  );
}

function HandoutProgram({
  row,
  index,
  context,
}: {
  row: ShortlistRow;
  index: number;
  context: ExportContext;
}) {
  const { t, locale } = context;
  const { entry, program } = row;
  const value = (id: string) => exportColumn(id).value(row, context);
  return (
    <section className="handout-program" aria-labelledby={`handout-${index}`}>
      <h2 id={`handout-${index}`}>
        {index}. <Printed>{program?.name ?? entry.programName}</Printed>
      </h2>
      <p className="handout-decision">
        <span className={`entry-status status-${entry.status}`}>{t(`shortlist.status.${entry.status}`)}</span>
        <span>
          {t('column.deadline')}:{' '}
          {/* On paper a days-left count goes stale: the date only (the handout is dated in its footer). */}
          {entry.deadline ? (
            <time dateTime={entry.deadline}>{formatDate(entry.deadline, locale)}</time>
          ) : (
            t('handout.deadlineNotSet')
          )}
        </span>
      </p>
      {!program && <p className="missing">{t('shortlist.missing')}</p>}
      {program && (
        <dl className="handout-facts">
          <dt>{t('column.ministries')}</dt>
          <dd>{value('ministries')}</dd>
          {program.summary && (
            <>
              <dt>{t('column.summary')}</dt>
              <dd>
                <Printed>{program.summary}</Printed>
              </dd>
            </>
          )}
          <dt>{t('detail.budgets')}</dt>
          <dd>
            <Lines text={value('budgets')} />
          </dd>
          <dt>{t('column.applicants')}</dt>
          <dd>
            <Lines text={value('applicants')} />
          </dd>
          <dt>{t('handout.reasons')}</dt>
          <dd>
            {entry.wizardGroup || entry.reasons.length > 0 ? (
              <>
                {entry.wizardGroup && <div>{value('wizardGroup')}</div>}
                <Lines text={value('reasons')} />
              </>
            ) : (
              <span className="none">{t('handout.noReasons')}</span>
            )}
          </dd>
          <dt>{t('handout.contact')}</dt>
          <dd>
            {program.department && <div lang="ja">{program.department}</div>}
            {program.contacts.length ? (
              <Lines text={value('contacts')} printed />
            ) : (
              <span className="unknown">{t('value.unknown')}</span>
            )}
          </dd>
          <dt>{t('handout.source')}</dt>
          <dd>
            <Lines text={value('sources')} printed />
          </dd>
        </dl>
      )}
      {entry.note && (
        <dl className="handout-facts">
          <dt>{t('shortlist.note')}</dt>
          <dd className="handout-note">{entry.note}</dd>
        </dl>
      )}
    </section>
  );
}

function Lines({ text, printed = false }: { text: string; printed?: boolean }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <div key={i} lang={printed ? 'ja' : undefined}>
          {line}
        </div>
      ))}
    </>
  );
}
