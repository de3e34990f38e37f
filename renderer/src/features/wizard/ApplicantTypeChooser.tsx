import { useEffect, useId, useRef, useState } from 'react';
import {
  APPLICANT_TYPE_INFO,
  applicantTypesMatching,
  childrenOf,
  depthOf,
  type ApplicantTypeInfo,
} from '../../../../shared/vocabulary/applicant-types';
import { useI18n } from '../../i18n/i18n';

/** A root and everything below it, in tree order. */
function branch(root: ApplicantTypeInfo): ApplicantTypeInfo[] {
  return [root, ...childrenOf(root.id).flatMap(branch)];
}

/** The name of a type as a choice: a root chosen as itself means "no more specific". */
export function useTypeChoiceLabel() {
  const { t, locale } = useI18n();
  return (type: ApplicantTypeInfo) =>
    type.parent === null ? t('wizard.type.any', { label: type[locale] }) : type[locale];
}

/**
 * The applicant-type tree as one radio group, one fieldset per root, with a filter that matches
 * the everyday words people use (農協, JA, 高専, 独法, 公益財団 ...). The checked type stays visible.
 */
export function ApplicantTypeChooser({
  value,
  onChange,
  describedBy,
  focusRequest = 0,
}: {
  value: string | null;
  onChange: (id: string) => void;
  describedBy?: string;
  /** Changes with every Next pressed without a choice: focus goes to the choices (the first field to fix). */
  focusRequest?: number;
}) {
  const { t, locale } = useI18n();
  const label = useTypeChoiceLabel();
  const id = useId();
  const [query, setQuery] = useState('');
  const matching = new Set(applicantTypesMatching(query).map((type) => type.id));
  const visible = (type: ApplicantTypeInfo) => matching.has(type.id) || type.id === value;
  const count = APPLICANT_TYPE_INFO.filter((type) => matching.has(type.id)).length;
  const chooser = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    // The checked radio, else the first one shown; with none shown, the filter that hid them all.
    const radios = [...(chooser.current?.querySelectorAll<HTMLInputElement>('input[name=org]') ?? [])];
    const shown = radios.filter((radio) => !radio.closest('[hidden]'));
    (shown.find((radio) => radio.checked) ?? shown[0] ?? document.getElementById(`${id}-filter`))?.focus();
  }, [focusRequest, id]);
  return (
    <div className="type-chooser" ref={chooser}>
      <label htmlFor={`${id}-filter`} className="field-label">
        {t('wizard.type.filter')}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-count`}
        autoComplete="off"
      />
      <p id={`${id}-count`} role="status" className="help">
        {query.trim() === ''
          ? ''
          : count === 0
            ? t('wizard.type.noMatch')
            : t('wizard.type.filterCount', { count })}
      </p>
      {childrenOf(null).map((root) => {
        const types = branch(root);
        return (
          <fieldset
            key={root.id}
            className="choices type-tree"
            hidden={!types.some(visible)}
            aria-describedby={describedBy}
          >
            <legend>{root[locale]}</legend>
            {types.map((type) => (
              <label key={type.id} className={`choice depth-${depthOf(type.id)}`} hidden={!visible(type)}>
                <input
                  type="radio"
                  name="org"
                  value={type.id}
                  checked={value === type.id}
                  onChange={() => onChange(type.id)}
                />
                {label(type)}
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
