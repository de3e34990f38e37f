import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { Printed } from '../../components/Printed';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { focusOnArrival } from '../../components/focus-return';
import { echoed } from '../../components/echo';
import { usePrograms, useSourceDocuments } from '../../db/programs-repository';
import { useI18n } from '../../i18n/i18n';
import { ExportPanel } from '../export/ExportPanel';
import { exportColumn } from '../export/export-columns';

const MAX_COMPARED = 4;
/** How many ids of a link are looked up at most (a hand-edited link may hold thousands). */
const MAX_LOOKED_UP = 50;
/**
 * The rows of the comparison, in reading order, as the export columns word them. Budgets are
 * per fiscal year in the one amount format (億・万円 / ¥ million), with 内数 and 程度 in words.
 */
const COMPARED_FIELDS = [
  'summary',
  'ministries',
  'department',
  'instruments',
  'budgets',
  'applicants',
  'newCalls',
  'status',
  'category',
  'contacts',
  'sources',
];

/** Two to four programs side by side; rows whose values differ are marked, visibly and in words. */
export function ComparePage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('compare.heading'));
  const [params] = useSearchParams();
  // A link may be hand-edited: duplicates, unknown ids and more than four are dropped and named.
  const asked = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX_LOOKED_UP);
  const ids = [...new Set(asked)];
  const programs = usePrograms(ids);
  const documents = useSourceDocuments();
  const [exporting, setExporting] = useState(false);
  if (!programs || !documents) return <p aria-busy="true">{t('loading')}</p>;
  const known = programs.filter((p): p is Program => p !== null);
  const present = known.slice(0, MAX_COMPARED);
  const unknown = ids.filter((_, i) => programs[i] === null);
  const overMax = known.slice(MAX_COMPARED);
  const quoted = (values: string[]) =>
    values.map((value) => t('compare.quoted', { value: echoed(value) })).join('');
  return (
    <section aria-labelledby="compare-heading" className="compare-page">
      <p>
        <BackLink />
      </p>
      {/* The button that opened this page is gone: focus starts here, not on <body>. */}
      <h1 id="compare-heading" tabIndex={-1} ref={focusOnArrival}>
        {t('compare.heading')}
      </h1>
      {(asked.length > ids.length || unknown.length > 0 || overMax.length > 0) && (
        <div role="status" className="compare-dropped">
          {asked.length > ids.length && (
            <p>{t('compare.duplicates', { count: asked.length - ids.length })}</p>
          )}
          {unknown.length > 0 && <p>{t('compare.unknown', { ids: quoted(unknown) })}</p>}
          {overMax.length > 0 && (
            <p>{t('compare.overMax', { max: MAX_COMPARED, names: quoted(overMax.map((p) => p.name)) })}</p>
          )}
        </div>
      )}
      {present.length < 2 ? (
        <p role="alert">{t('compare.tooFew')}</p>
      ) : (
        <>
          <div className="toolbar">
            <button type="button" aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
              {t('compare.export')}
            </button>
          </div>
          {exporting && (
            <ExportPanel
              kind="results"
              fileBaseName={t('compare.heading')}
              defaultColumns={['name', ...COMPARED_FIELDS.filter((f) => f !== 'summary')]}
              loadRows={async () => present.map((program) => ({ program, entry: null }))}
            />
          )}
          <div className="compare-scroll">
            <table className="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('compare.field')}</th>
                  {present.map((p) => (
                    <th scope="col" key={p.id}>
                      <Link to={`/programs/${p.id}`} lang="ja">
                        {p.name}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {COMPARED_FIELDS.map(exportColumn).map((column) => {
                  const values = present.map((program) =>
                    column.value({ program, entry: null }, { t, locale, documents }),
                  );
                  const differs = new Set(values).size > 1;
                  return (
                    <tr key={column.id} className={differs ? 'differs' : undefined}>
                      <th scope="row">
                        {column.label(t)}{' '}
                        <span className={differs ? 'difference-mark' : 'visually-hidden'}>
                          {differs ? t('compare.differs') : t('compare.same')}
                        </span>
                      </th>
                      {values.map((value, i) => (
                        <td key={present[i]!.id}>{lines(value, column.printed ?? false)}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function lines(text: string, printed: boolean): ReactNode {
  return text.split('\n').map((line, i) => <div key={i}>{printed ? <Printed>{line}</Printed> : line}</div>);
}

function BackLink() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        navigate(-1);
      }}
    >
      {t('compare.back')}
    </button>
  );
}
