import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { asSentence, factSentences } from '../../components/program-display';
import { Printed } from '../../components/Printed';
import { NotFound } from '../../components/NotFound';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { returnFocusTo } from '../../components/focus-return';
import { useShortlist } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';

const NEXT_KEYS = ['ArrowRight', 'PageDown'];
const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp'];

/**
 * One program per screen for a projector: large type, high contrast, a one-paragraph summary and
 * contacts readable from the back of the room. → or Space moves on, ← or Shift+Space back, Esc
 * leaves to wherever the user came from (the list scrolled as it was).
 */
export function WorkshopPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const shortlist = useShortlist(id);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const stage = useRef<HTMLDivElement>(null);
  const rows = shortlist?.rows ?? [];
  const index = Math.min(Math.max(0, Number(params.get('i')) || 0), Math.max(0, rows.length - 1));
  const row = rows[index];
  useDocumentTitle(row ? (row.program?.name ?? row.entry.programName) : t('shortlist.workshop'));

  // The browser's back stack holds where the user was; a deep link with no history goes to the list.
  const leave = () => {
    returnFocusTo(`workshop:${id}`);
    if (location.key !== 'default') navigate(-1);
    else navigate(`/shortlists/${id}`);
  };
  const go = (to: number) => setParams({ i: String(to) }, { replace: true });

  useEffect(() => stage.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    // Space on a button presses the button; anywhere else on the slide it turns the page.
    const space = event.key === ' ' && !(event.target as HTMLElement).closest('button, a');
    const next = NEXT_KEYS.includes(event.key) || (space && !event.shiftKey);
    const previous = PREVIOUS_KEYS.includes(event.key) || (space && event.shiftKey);
    if (next && index < rows.length - 1) go(index + 1);
    else if (previous && index > 0) go(index - 1);
    else if (event.key === 'Escape') leave();
    else if (!space) return;
    event.preventDefault();
  };

  if (shortlist === null)
    return (
      <NotFound message={t('shortlist.notFound')} backTo="/shortlists" backLabel={t('shortlist.back')} />
    );
  const program = row?.program;
  return (
    <div
      ref={stage}
      className="workshop"
      role="region"
      aria-roledescription="slides"
      aria-label={shortlist?.list.name ?? t('shortlist.workshop')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="workshop-bar">
        <span className="workshop-list" lang="ja">
          {shortlist?.list.name}
        </span>
        <span aria-live="polite">
          {rows.length > 0 && t('workshop.position', { index: index + 1, total: rows.length })}
        </span>
        <button type="button" onClick={leave}>
          {t('workshop.leave')}
        </button>
      </div>
      {!row ? (
        <p className="workshop-empty">{shortlist === undefined ? t('loading') : t('workshop.empty')}</p>
      ) : (
        <section className="workshop-slide" aria-labelledby="workshop-title">
          <h1 id="workshop-title">
            <Printed>{program?.name ?? row.entry.programName}</Printed>
          </h1>
          {program ? (
            <>
              {/* One paragraph: in Japanese the document's summary and the facts; in English the
                  facts, then the summary quoted as printed. */}
              <p className="workshop-summary">
                {locale === 'ja' && program.summary && asSentence(program.summary)}
                {factSentences(program, t, locale)}
              </p>
              {locale === 'en' && program.summary && (
                <p className="workshop-quote">
                  <Printed>{program.summary}</Printed>
                </p>
              )}
              <dl>
                <dt>{t('handout.contact')}</dt>
                <dd className="workshop-contact" lang="ja">
                  {[program.department, ...program.contacts.map((c) => c.printed)]
                    .filter(Boolean)
                    .map((line, i) => (
                      <div key={i}>{line}</div>
                    ))}
                </dd>
              </dl>
            </>
          ) : (
            <p>{t('shortlist.missing')}</p>
          )}
        </section>
      )}
      <div className="workshop-nav">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('workshop.previous')}
        </button>
        <span className="help">{t('workshop.help')}</span>
        <button type="button" disabled={index >= rows.length - 1} onClick={() => go(index + 1)}>
          {t('workshop.next')}
        </button>
      </div>
    </div>
  );
}
