import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Community } from '../../../../shared/catalog/community';
import { JAPAN_MAP } from '../../../../shared/geo/japan-map';
import { PREFECTURES, regionOf, type Prefecture } from '../../../../shared/geo/prefectures';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useCommunities } from '../../db/communities-repository';
import { leadOf } from '../../../../shared/matching/profile';
import { useSavedProfiles } from '../../db/profiles-repository';
import { useI18n } from '../../i18n/i18n';
import { JapanMap } from './JapanMap';
import { communitiesByPrefecture, isPrefecture } from './map-model';
import { CommunityName } from './CommunityName';
import { PrefecturePanel } from './PrefecturePanel';
import { useRegionalTies } from './useRegionalTies';

/**
 * The bio communities on a map of Japan (#/communities/map?pref=…&home=…). `home` is the user's
 * prefecture (from the wizard or a saved profile), `pref` the one being looked at. Both are read
 * from the address, so a link from the wizard, a bookmark or the back button all work; anything
 * that is not a prefecture is ignored.
 */
export default function CommunityMapPage() {
  const { t, tn, locale } = useI18n();
  useDocumentTitle(t('map.heading'));
  const [params, setParams] = useSearchParams();
  const selected = isPrefecture(params.get('pref')) ? (params.get('pref') as Prefecture) : null;
  const home = isPrefecture(params.get('home')) ? (params.get('home') as Prefecture) : null;
  const communities = useCommunities();
  const ties = useRegionalTies();
  const profiles = useSavedProfiles();
  const panel = useRef<HTMLHeadingElement>(null);
  const focusPanel = useRef(false);
  useEffect(() => {
    // Once: a later change from the select must leave focus on the select (arrow keys step on).
    if (selected && focusPanel.current) panel.current?.focus();
    focusPanel.current = false;
  }, [selected]);

  if (!communities || !ties) return <p aria-busy="true">{t('loading')}</p>;
  const byPrefecture = communitiesByPrefecture(communities);
  const placeName = (p: string) => gloss('prefecture', p, locale);
  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  /** From the map, focus moves to the panel it opens; from the select, it stays on the select. */
  const select = (prefecture: Prefecture, fromMap: boolean) => {
    focusPanel.current = fromMap;
    update({ pref: prefecture });
  };
  const describe = (prefecture: Prefecture) => {
    const here = byPrefecture.get(prefecture) ?? [];
    return [
      placeName(prefecture),
      here.length
        ? t('map.describe.communities', {
            names: here.map((c) => gloss('community', c.name, locale)).join(locale === 'ja' ? '、' : ', '),
          })
        : t('map.describe.none'),
      prefecture === home ? t('map.describe.home') : '',
    ]
      .filter(Boolean)
      .join(locale === 'ja' ? '。' : '. ');
  };
  const unplaced = communities.filter((c) => c.prefectures.length === 0);
  const withPrefecture =
    profiles?.flatMap((saved) => {
      const prefecture = leadOf(saved.profile).prefecture;
      return prefecture ? [{ ...saved, prefecture }] : [];
    }) ?? [];

  return (
    <section aria-labelledby="map-heading" className="community-map-page">
      <p>
        <Link to="/communities">{t('map.backToList')}</Link>
      </p>
      <h1 id="map-heading">{t('map.heading')}</h1>
      <p className="intro">{t('map.intro')}</p>
      <div className="map-controls">
        <label>
          {t('map.choose')}{' '}
          <select
            value={selected ?? ''}
            onChange={(e) =>
              e.target.value ? select(e.target.value as Prefecture, false) : update({ pref: null })
            }
          >
            <option value="">{t('map.chooseNone')}</option>
            {PREFECTURES.map((p) => (
              <option key={p} value={p}>
                {placeName(p)}
                {byPrefecture.has(p) ? ` ● ${byPrefecture.get(p)!.length}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('map.home')}{' '}
          <select value={home ?? ''} onChange={(e) => update({ home: e.target.value || null })}>
            <option value="">{t('map.homeNone')}</option>
            {withPrefecture.map((saved) => (
              <option key={saved.id} value={saved.prefecture}>
                {t('map.homeFromProfile', {
                  name: saved.name,
                  prefecture: placeName(saved.prefecture),
                })}
              </option>
            ))}
            {home && !withPrefecture.some((s) => s.prefecture === home) && (
              <option value={home}>{t('map.homeFromAddress', { prefecture: placeName(home) })}</option>
            )}
          </select>
        </label>
      </div>
      <div className="map-layout">
        <figure className="map-figure" aria-labelledby="map-caption">
          <JapanMap
            communities={communities}
            byPrefecture={byPrefecture}
            selected={selected}
            home={home}
            onSelect={(prefecture) => select(prefecture, true)}
            describe={describe}
          />
          <figcaption id="map-caption">
            <MapLegend />
            <p className="map-help">{t('map.help')}</p>
            <p className="map-attribution">
              {t('map.attribution', { attribution: JAPAN_MAP.source.attribution })}
            </p>
          </figcaption>
        </figure>
        {/* The panel follows the select without taking focus from it: its change is announced. */}
        <p className="visually-hidden" aria-live="polite">
          {selected
            ? tn('map.announce', byPrefecture.get(selected)?.length ?? 0, { prefecture: placeName(selected) })
            : ''}
        </p>
        <div className="map-side">
          {selected ? (
            <PrefecturePanel
              ref={panel}
              prefecture={selected}
              home={home}
              communities={byPrefecture.get(selected) ?? []}
              nearby={communities.filter(
                (c) =>
                  !c.prefectures.some((p) => p.name === selected) &&
                  c.prefectures.some((p) => regionOf(p.name) === regionOf(selected)),
              )}
              tied={ties.get(selected) ?? []}
            />
          ) : (
            <p className="map-hint">{t('map.pickHint')}</p>
          )}
        </div>
      </div>
      <CommunityTable
        communities={communities}
        unplaced={unplaced}
        onSelectHref={(p) => {
          const next = new URLSearchParams(params);
          next.set('pref', p);
          return `?${next.toString()}`;
        }}
      />
    </section>
  );
}

function MapLegend() {
  const { t } = useI18n();
  return (
    <ul className="map-legend" aria-label={t('chart.legend')}>
      <li>
        <svg viewBox="0 0 20 14" width={20} height={14} aria-hidden="true">
          <rect className="map-legend-community" x={1} y={1} width={18} height={12} />
        </svg>
        {t('map.legend.community')}
      </li>
      <li>
        <svg viewBox="0 0 20 14" width={20} height={14} aria-hidden="true">
          <rect className="map-legend-home" x={1} y={1} width={18} height={12} />
          <path className="map-home-line" d="M1 13 L13 1 M7 13 L19 1" />
        </svg>
        {t('map.legend.home')}
      </li>
      {(['認定', '登録', '候補'] as const).map((status) => (
        <li key={status}>
          <svg
            viewBox="0 0 14 14"
            width={14}
            height={14}
            aria-hidden="true"
            className={`map-marker map-marker-${status}`}
          >
            {status === '認定' ? (
              <circle cx={7} cy={7} r={5} />
            ) : status === '登録' ? (
              <path d="M7 1L13 7L7 13L1 7Z" />
            ) : (
              <path d="M7 1L13 12L1 12Z" />
            )}
          </svg>
          {t(`community.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

/** The same content as a table: every community with its prefectures and network institution. */
function CommunityTable({
  communities,
  unplaced,
  onSelectHref,
}: {
  communities: Community[];
  unplaced: Community[];
  onSelectHref: (prefecture: string) => string;
}) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="map-list-heading">
      <h2 id="map-list-heading">{t('map.listHeading')}</h2>
      <table className="map-table">
        <thead>
          <tr>
            <th scope="col">{t('community.prefectures')}</th>
            <th scope="col">{t('map.table.community')}</th>
            <th scope="col">{t('community.networkInstitution')}</th>
            <th scope="col">{t('community.statusLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {communities.map((community) => (
            <tr key={community.id}>
              <td>
                {community.prefectures.length
                  ? community.prefectures.map((p, i) => (
                      <span key={p.name}>
                        {i > 0 && (locale === 'ja' ? '・' : ', ')}
                        <Link to={onSelectHref(p.name)}>{gloss('prefecture', p.name, locale)}</Link>
                        {p.basis === 'inferred' &&
                          `${locale === 'ja' ? '' : ' '}${t('community.prefectureInferred')}`}
                      </span>
                    ))
                  : t('map.table.noPrefecture')}
              </td>
              <th scope="row">
                <CommunityName community={community} />
              </th>
              <td lang={community.networkInstitution ? 'ja' : undefined}>
                {community.networkInstitution ?? t('value.none')}
              </td>
              <td>{t(`community.status.${community.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unplaced.length > 0 && (
        <p className="help">
          {t('map.unplaced', {
            names: unplaced
              .map((c) => gloss('community', c.name, locale))
              .join(locale === 'ja' ? '、' : ', '),
          })}
        </p>
      )}
    </section>
  );
}
