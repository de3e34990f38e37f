import { Link, useParams } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { reasonText } from '../../../../shared/matching/reason-text';
import { NotFound } from '../../components/NotFound';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCatalogMeta } from '../../db/programs-repository';
import { useShortlist, type ShortlistRow } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { EXPORT_COLUMNS } from '../export/export-columns';
import { safeFileName } from '../export/run-export';

const column = (id: string) => EXPORT_COLUMNS.find((c) => c.id === id)!;

/**
 * The A4 handout of a list. On screen it is a preview with a print button; the print stylesheet
 * drops the app around it, and each program is kept on one page where it fits.
 */
export function HandoutPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const shortlist = useShortlist(id);
  const meta = useCatalogMeta();
  const print = useCheckedWrite();
  useDocumentTitle(shortlist?.list.name ?? t('shortlist.handout'));
  if (shortlist === undefined || meta === undefined) return <p aria-busy="true">{t('loading')}</p>;
  if (shortlist === null)
    return (
      <NotFound message={t('shortlist.notFound')} backTo="/shortlists" backLabel={t('shortlist.back')} />
    );
  const today = new Date().toLocaleDateString(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' });
  const name = shortlist.list.name;
  return (
    <article className="handout" aria-labelledby="handout-title">
      <p className="no-print handout-tools">
        <Link to={`/shortlists/${id}`}>{t('handout.back')}</Link>{' '}
        <button
          type="button"
          onClick={() => print.run(() => getPlatform().printView(`${safeFileName(name)}.pdf`))}
        >
          {t('handout.print')}
        </button>{' '}
        <WriteFailure write={print} action="print" />
      </p>
      <header className="handout-header">
        <h1 id="handout-title">{name}</h1>
        <p>{t('handout.date', { date: today })}</p>
      </header>
      {shortlist.rows.map((row, i) => (
        <HandoutProgram key={row.entry.id} row={row} index={i + 1} />
      ))}
      <footer className="handout-footer">
        {meta && t('handout.footer', { version: meta.catalogVersion, date: meta.asOf })}
      </footer>
    </article>
  );
}

function HandoutProgram({ row: { entry, program }, index }: { row: ShortlistRow; index: number }) {
  const { t, locale } = useI18n();
  const context = { t, locale };
  const value = (id: string) => column(id).value({ program, entry }, context);
  const reasons = entry.reasons.filter((r) => r.verdict === 'matched');
  return (
    <section className="handout-program" aria-labelledby={`handout-${index}`}>
      <h2 id={`handout-${index}`}>
        {index}. {program?.name ?? entry.programName}
      </h2>
      {!program && <p className="missing">{t('shortlist.missing')}</p>}
      {program && (
        <dl className="handout-facts">
          <dt>{t('column.ministries')}</dt>
          <dd>{value('ministries')}</dd>
          <dt>{t('column.budget')}</dt>
          <dd>{value('budget')}</dd>
          <dt>{t('column.applicants')}</dt>
          <dd>
            <Lines text={value('applicants')} />
          </dd>
          {reasons.length > 0 && (
            <>
              <dt>{t('handout.reasons')}</dt>
              <dd>
                <ul>
                  {reasons.map((reason, i) => (
                    <li key={i}>{reasonText(reason, locale)}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t('handout.contact')}</dt>
          <dd>
            <Contact program={program} />
          </dd>
          <dt>{t('handout.source')}</dt>
          <dd>
            <Lines text={value('sources')} />
          </dd>
          {entry.note && (
            <>
              <dt>{t('shortlist.note')}</dt>
              <dd className="handout-note">{entry.note}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function Contact({ program }: { program: Program }) {
  const { t } = useI18n();
  if (!program.contacts.length) return <>{program.department ?? t('value.unknown')}</>;
  return (
    <>
      {program.department && <div>{program.department}</div>}
      {program.contacts.map((c, i) => (
        <div key={i}>{c.label ? `${c.label}: ${c.printed}` : c.printed}</div>
      ))}
    </>
  );
}

function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  );
}
