import type { ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Program } from '../../../../shared/catalog/program';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { usePrograms } from '../../db/programs-repository';
import { useI18n, type Translate } from '../../i18n/i18n';
import { EXPORT_COLUMNS } from '../export/export-columns';

const MAX_COMPARED = 4;
/** The rows of the comparison, in reading order, as the export columns word them. */
const COMPARED_FIELDS = [
  'ministries',
  'department',
  'instruments',
  'budgets',
  'applicants',
  'newCalls',
  'stages',
  'status',
  'contacts',
  'sources',
];

/** Two to four programs side by side; rows whose values differ are marked, visibly and in words. */
export function ComparePage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('compare.heading'));
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).slice(0, MAX_COMPARED);
  const programs = usePrograms(ids);
  if (!programs) return <p aria-busy="true">{t('loading')}</p>;
  const present = programs.filter((p): p is Program => p !== null);
  return (
    <section aria-labelledby="compare-heading" className="compare-page">
      <p>
        <BackLink t={t} />
      </p>
      <h1 id="compare-heading">{t('compare.heading')}</h1>
      {present.length < 2 ? (
        <p role="alert">{t('compare.tooFew')}</p>
      ) : (
        <div className="compare-scroll">
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.field')}</th>
                {present.map((p) => (
                  <th scope="col" key={p.id}>
                    <Link to={`/programs/${p.id}`}>{p.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {EXPORT_COLUMNS.filter((c) => COMPARED_FIELDS.includes(c.id)).map((column) => {
                const values = present.map((program) =>
                  column.value({ program, entry: null }, { t, locale }),
                );
                const differs = new Set(values).size > 1;
                return (
                  <tr key={column.id} className={differs ? 'differs' : undefined}>
                    <th scope="row">
                      {column.label(t)}
                      <span className={differs ? 'difference-mark' : 'visually-hidden'}>
                        {differs ? `（${t('compare.differs')}）` : `（${t('compare.same')}）`}
                      </span>
                    </th>
                    {values.map((value, i) => (
                      <td key={present[i]!.id}>{lines(value)}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function lines(text: string): ReactNode {
  return text.split('\n').map((line, i) => <div key={i}>{line}</div>);
}

function BackLink({ t }: { t: Translate }) {
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
