import { useEffect, useRef, useState } from 'react';
import { fingerprintOf, readPublisherKey, type PublisherKey } from '../../../../shared/signing/publisher-key';
import { SHIPPED_KEYS } from '../../../../shared/signing/trusted-keys';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';
import { getPlatform } from '../../platform/platform';
import { addedPublisherKeys, saveAddedPublisherKeys } from './publisher-keys';

/**
 * The publishers whose signed packs the app loads: the shipped keys, and keys the user adds from
 * a publisher's .pub.json file after comparing its fingerprint with the publisher.
 */
export function PublisherKeys({ disabled }: { disabled: boolean }) {
  const { t } = useI18n();
  const [added, setAdded] = useState<PublisherKey[]>(addedPublisherKeys);
  const [pending, setPending] = useState<{ key: PublisherKey; fingerprint: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Opening the key file, and saving the setting, can fail (a vanished file, full storage): said in words.
  const write = useCheckedWrite();
  // Keyboard and screen-reader users land on the fingerprint to compare, not on the add button.
  useEffect(() => {
    if (pending) dialog.current?.focus();
  }, [pending]);

  const choose = async () => {
    setMessage(null);
    const opened = await getPlatform().openFileForImport([
      { name: t('keys.fileFilter'), extensions: ['json'] },
    ]);
    if (!opened) return;
    let text = '';
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(opened.bytes);
    } catch {
      // Not UTF-8: reported below as not a key file.
    }
    const read = await readPublisherKey(text);
    if (!read.ok)
      return setMessage(
        t(read.problem === 'key-id-mismatch' ? 'keys.idMismatch' : 'keys.notAKey', { file: opened.name }),
      );
    if ([...SHIPPED_KEYS, ...added].some((k) => k.keyId === read.key.keyId))
      return setMessage(t('keys.already', { keyId: read.key.keyId }));
    setPending({ key: read.key, fingerprint: await fingerprintOf(read.key) });
  };
  const confirm = () => {
    if (!pending) return;
    const next = [...added, pending.key];
    saveAddedPublisherKeys(next);
    setAdded(next);
    setPending(null);
  };
  const remove = (keyId: string) => {
    const next = added.filter((k) => k.keyId !== keyId);
    saveAddedPublisherKeys(next);
    setAdded(next);
  };

  return (
    <section aria-labelledby="keys-heading" className="publisher-keys" id="publisher-keys">
      <h2 id="keys-heading">{t('keys.heading')}</h2>
      <p className="help">{t('keys.intro')}</p>
      <ul>
        {SHIPPED_KEYS.map((k) => (
          <li key={k.keyId}>
            <span lang="ja">{k.publisher}</span> — {t('keys.shipped', { role: t(`keys.role.${k.role}`) })},{' '}
            {t('keys.keyId')} <code>{k.keyId}</code>
          </li>
        ))}
        {added.map((k) => (
          <li key={k.keyId}>
            <span lang="ja">{k.publisher}</span> — {t('keys.added')}, {t('keys.keyId')} <code>{k.keyId}</code>{' '}
            <button type="button" disabled={disabled} onClick={() => write.run(async () => remove(k.keyId))}>
              {t('keys.remove', { publisher: k.publisher })}
            </button>
          </li>
        ))}
      </ul>
      {pending ? (
        <div
          role="dialog"
          aria-labelledby="key-confirm-heading"
          className="warning key-confirm"
          tabIndex={-1}
          ref={dialog}
        >
          <h3 id="key-confirm-heading">{t('keys.confirmHeading')}</h3>
          <dl className="facts">
            <dt>{t('update.publisher')}</dt>
            <dd lang="ja">{pending.key.publisher}</dd>
            <dt>{t('keys.keyId')}</dt>
            <dd>
              <code>{pending.key.keyId}</code>
            </dd>
            <dt>{t('keys.fingerprint')}</dt>
            <dd>
              <code className="fingerprint">{pending.fingerprint}</code>
            </dd>
          </dl>
          <p>{t('keys.confirmExplain')}</p>
          <p className="toolbar">
            <button type="button" className="primary" onClick={() => write.run(async () => confirm())}>
              {t('keys.confirm')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {t('keys.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" disabled={disabled} onClick={() => write.run(choose)}>
            {t('keys.add')}
          </button>
        </p>
      )}
      {message && <p role="alert">{message}</p>}
      <WriteFailure write={write} action="import" />
    </section>
  );
}
