import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { todayIso } from '../../../../shared/format/dates';
import { PipelineCharts } from '../../components/charts/lazy-charts';
import { NotFound } from '../../components/NotFound';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { UndoBar } from '../../components/UndoBar';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useReturnedFocus } from '../../components/focus-return';
import type { Shortlist as ShortlistRecord, ShortlistEntry } from '../../db/db';
import { shortlists, useShortlist, type ShortlistRow } from '../../db/shortlists-repository';
import { useI18n } from '../../i18n/i18n';
import { DEFAULT_COLUMNS, WIZARD_COLUMNS } from '../export/export-columns';
import { ExportPanel } from '../export/ExportPanel';
import { exportShortlistFile } from './shortlist-files';
import { ShortlistEntryCard } from './ShortlistEntryCard';
import { ShareWithTeam } from '../team/ShareWithTeam';
import { ListNameConflict } from '../team/ListNameConflict';
import { SharingBadge } from '../team/SharingBadge';
import { useTeamWritable } from '../team/team';

const MAX_COMPARED = 4;

export function ShortlistPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const shortlist = useShortlist(id);
  useDocumentTitle(shortlist?.list.name ?? t('shortlists.heading'));
  if (shortlist === undefined) return <p aria-busy="true">{t('loading')}</p>;
  if (shortlist === null)
    return (
      <NotFound message={t('shortlist.notFound')} backTo="/shortlists" backLabel={t('shortlist.back')} />
    );
  return <Shortlist listId={id} list={shortlist.list} rows={shortlist.rows} />;
}

/** The deadline calendar for this list, opened at its next deadline's month (or this month). */
function calendarLink(listId: string, rows: ShortlistRow[]): string {
  const today = todayIso();
  const next = rows
    .map((r) => r.entry.deadline)
    .filter((d): d is string => d !== null && d >= today)
    .sort()[0];
  const params = new URLSearchParams({ list: listId });
  if (next) params.set('month', next.slice(0, 7));
  return `/calendar?${params.toString()}`;
}

function Shortlist({ listId, list, rows }: { listId: string; list: ShortlistRecord; rows: ShortlistRow[] }) {
  const { t } = useI18n();
  const { name } = list;
  const teamWritable = useTeamWritable();
  const readOnly = list.sharing === 'team' && !teamWritable;
  const conflicts = rows.filter((r) => r.entry.conflict).length;
  const navigate = useNavigate();
  const workshopLink = useReturnedFocus(`workshop:${listId}`);
  const [removed, setRemoved] = useState<ShortlistEntry | null>(null);
  const [compared, setCompared] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const exportFile = useCheckedWrite();
  const undo = useCheckedWrite();
  const comparable = compared.filter((programId) => rows.some((r) => r.program?.id === programId));

  return (
    <section aria-labelledby="shortlist-heading" className="shortlist-page">
      <p>
        <Link to="/shortlists">{t('shortlist.back')}</Link>
      </p>
      <h1 id="shortlist-heading">
        {name} <SharingBadge list={list} />
        {conflicts > 0 && (
          <span className="badge conflict-marker">{t('team.conflict.listMarker', { count: conflicts })}</span>
        )}
      </h1>
      {list.conflict && <ListNameConflict listId={listId} conflict={list.conflict} />}
      <div className="toolbar">
        <Link className="button-link" to={`/shortlists/${listId}/handout`}>
          {t('shortlist.handout')}
        </Link>
        <Link className="button-link" to={`/shortlists/${listId}/workshop`} ref={workshopLink}>
          {t('shortlist.workshop')}
        </Link>
        <button type="button" aria-expanded={exporting} onClick={() => setExporting(!exporting)}>
          {t('shortlist.exportCsv')}
        </button>
        <button type="button" onClick={() => exportFile.run(() => exportShortlistFile([listId], name))}>
          {t('shortlist.exportFile')}
        </button>
        {!list.sharing && <ShareWithTeam listId={listId} />}
        <Link className="button-link" to={calendarLink(listId, rows)}>
          {t('shortlist.calendar')}
        </Link>
        <WriteFailure write={exportFile} action="export" />
      </div>
      {exporting && (
        <ExportPanel
          kind="list"
          fileBaseName={name}
          defaultColumns={
            rows.some(({ entry }) => entry.wizardGroup || entry.reasons.length)
              ? [...DEFAULT_COLUMNS.list, ...WIZARD_COLUMNS]
              : DEFAULT_COLUMNS.list
          }
          loadRows={async () =>
            rows.map(({ entry, program }) => ({ program, entry: { ...entry, listName: name } }))
          }
        />
      )}
      <div className="compare-bar">
        <button
          type="button"
          disabled={comparable.length < 2 || comparable.length > MAX_COMPARED}
          onClick={() => {
            navigate(`/compare?ids=${comparable.map(encodeURIComponent).join(',')}`);
          }}
        >
          {t('shortlist.compare', { count: comparable.length })}
        </button>{' '}
        <span className="help">{t('shortlist.compareHelp')}</span>
      </div>
      {removed && (
        <UndoBar
          message={t('shortlist.removed', { name: removed.programName })}
          onUndo={() =>
            undo.run(
              () => shortlists.restoreEntry(removed),
              () => setRemoved(null),
            )
          }
          onDismiss={() => setRemoved(null)}
        />
      )}
      <WriteFailure write={undo} />
      {rows.length === 0 ? (
        <p>{t('shortlist.emptyList')}</p>
      ) : (
        <ol className="entry-list">
          {rows.map((row, i) => (
            <ShortlistEntryCard
              key={row.entry.id}
              row={row}
              first={i === 0}
              last={i === rows.length - 1}
              compared={compared.includes(row.entry.programId)}
              canCompareMore={comparable.length < MAX_COMPARED}
              onCompare={(on) =>
                setCompared((current) =>
                  on ? [...current, row.entry.programId] : current.filter((p) => p !== row.entry.programId),
                )
              }
              onRemoved={setRemoved}
              readOnly={readOnly}
            />
          ))}
        </ol>
      )}
      <PipelineCharts entries={rows.map((row) => row.entry)} />
    </section>
  );
}
