import { REGIONS } from '../../../../shared/geo/prefectures';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { useI18n } from '../../i18n/i18n';

/** The 47 prefectures grouped by region, with "not specified" first. */
export function PrefectureSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (prefecture: string | null) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{t('wizard.prefecture.none')}</option>
      {Object.entries(REGIONS).map(([region, prefectures]) => (
        <optgroup key={region} label={gloss('region', region, locale)}>
          {prefectures.map((p) => (
            <option key={p} value={p}>
              {gloss('prefecture', p, locale)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
