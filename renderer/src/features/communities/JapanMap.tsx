import type { KeyboardEvent } from 'react';
import type { Community } from '../../../../shared/catalog/community';
import { JAPAN_MAP } from '../../../../shared/geo/japan-map';
import type { Prefecture } from '../../../../shared/geo/prefectures';
import { glossaryEntry } from '../../../../shared/vocabulary/glossary';
import { useI18n } from '../../i18n/i18n';
import { communityMarkers, type CommunityMarker } from './map-model';

const [VX, VY, VW, VH] = JAPAN_MAP.viewBox;

/**
 * The 47 prefectures, the bio communities on them, the user's prefecture marked. One Tab stop:
 * the arrow keys move between prefectures (north to south, in JIS order), Enter or Space opens
 * one; each is announced with its communities. Plain SVG: prints as vector.
 */
export function JapanMap({
  communities,
  byPrefecture,
  selected,
  home,
  onSelect,
  describe,
}: {
  communities: Community[];
  byPrefecture: Map<Prefecture, Community[]>;
  selected: Prefecture | null;
  home: Prefecture | null;
  onSelect: (prefecture: Prefecture) => void;
  describe: (prefecture: Prefecture) => string;
}) {
  const { t } = useI18n();
  const markers = communityMarkers(communities);
  const tabStop = selected ?? home ?? JAPAN_MAP.prefectures[0]!.name;
  const [fx, fy, fw, fh] = JAPAN_MAP.inset.frame;

  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, index: number) => {
    const last = JAPAN_MAP.prefectures.length - 1;
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next !== null) {
      event.preventDefault();
      event.currentTarget.ownerSVGElement
        ?.querySelector<SVGPathElement>(`[data-prefecture="${JAPAN_MAP.prefectures[next]!.name}"]`)
        ?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(JAPAN_MAP.prefectures[index]!.name as Prefecture);
    }
  };

  return (
    <svg
      className="japan-map"
      viewBox={`${VX} ${VY} ${VW} ${VH}`}
      width={VW * 2}
      height={VH * 2}
      role="group"
      aria-label={t('map.svgLabel')}
    >
      <defs>
        <pattern
          id="map-home"
          width={4}
          height={4}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect className="map-home-bg" width={4} height={4} />
          <line className="map-home-line" x1={0} y1={0} x2={0} y2={4} />
        </pattern>
      </defs>
      <rect className="map-inset-frame" x={fx} y={fy} width={fw} height={fh} rx={2} />
      {JAPAN_MAP.prefectures.map((prefecture, index) => {
        const name = prefecture.name as Prefecture;
        const classes = [
          'map-prefecture',
          byPrefecture.has(name) ? 'has-community' : '',
          name === home ? 'is-home' : '',
          name === selected ? 'is-selected' : '',
        ].filter(Boolean);
        return (
          <path
            key={prefecture.code}
            className={classes.join(' ')}
            d={prefecture.path}
            data-prefecture={name}
            role="button"
            tabIndex={name === tabStop ? 0 : -1}
            aria-pressed={name === selected}
            aria-label={describe(name)}
            fill={name === home ? 'url(#map-home)' : undefined}
            onClick={() => onSelect(name)}
            onKeyDown={(event) => onKeyDown(event, index)}
          />
        );
      })}
      <g className="map-markers" aria-hidden="true">
        {markers.map((marker) => (
          <Marker key={`${marker.community.id}-${marker.prefecture}`} marker={marker} />
        ))}
        {/* Names after every marker, so no marker of a neighbouring prefecture covers one (東海). */}
        {markers
          .filter((marker) => marker.labelled)
          .map((marker) => (
            <MarkerLabel key={`${marker.community.id}-label`} marker={marker} />
          ))}
      </g>
    </svg>
  );
}

/** 認定 ●, 登録 ◆, 候補 ▲: the status is in the shape, not only the colour. */
function Marker({ marker }: { marker: CommunityMarker }) {
  const { x, y, community } = marker;
  const r = 4.2;
  const shape =
    community.status === '認定' ? (
      <circle cx={x} cy={y} r={r} />
    ) : community.status === '登録' ? (
      <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`} />
    ) : (
      <path d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`} />
    );
  return <g className={`map-marker map-marker-${community.status}`}>{shape}</g>;
}

/** The label's font size in map units (map.css): a Japanese character is about one em wide. */
const LABEL_EM = 8;

/**
 * A community's short name beside its first marker: romanised in English (the glossary), as
 * printed in Japanese. It goes to the left of the marker where it would run off the map's edge.
 */
function MarkerLabel({ marker }: { marker: CommunityMarker }) {
  const { locale } = useI18n();
  const { x, y, community } = marker;
  const english = locale === 'en' ? glossaryEntry('community', community.name) : undefined;
  const text = english ? (english.short ?? english.en) : shortName(community.name);
  const width = english ? text.length * LABEL_EM * 0.65 : text.length * LABEL_EM;
  const left = x + 7 + width > VX + VW;
  return (
    <text
      className="map-marker-label"
      x={left ? x - 7 : x + 7}
      y={y + 3.5}
      textAnchor={left ? 'end' : 'start'}
      lang={english ? 'en' : 'ja'}
    >
      {text}
    </text>
  );
}

/** 長岡バイオコミュニティ → 長岡; グローバルバイオコミュニティ（東京圏・関西圏） → グローバル: a label that fits the map. */
const shortName = (name: string) => name.replace(/（[^）]*）$/, '').replace(/バイオコミュニティ$/, '');
