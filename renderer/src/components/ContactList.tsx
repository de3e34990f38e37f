import type { Contact } from '../../../shared/catalog/program';
import { ExternalLink } from './ExternalLink';
import { useI18n } from '../i18n/i18n';
import { telHref } from './program-display';
import { Printed } from './Printed';

export function ContactList({ contacts }: { contacts: Contact[] }) {
  const { t } = useI18n();
  if (contacts.length === 0) return <p className="unknown">{t('value.unknown')}</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => (
        <li key={contact.printed}>
          {contact.label && (
            <strong className="contact-label" lang="ja">
              {contact.label}
            </strong>
          )}
          {contact.tel && (
            <span className="contact-line">
              {t('detail.contact.tel')}:{' '}
              <ExternalLink href={telHref(contact.tel)}>{contact.tel}</ExternalLink>
              {contact.extension && <> {t('detail.contact.extension', { extension: contact.extension })}</>}
            </span>
          )}
          {contact.mail && (
            <span className="contact-line">
              {t('detail.contact.mail')}:{' '}
              <ExternalLink href={`mailto:${contact.mail}`}>{contact.mail}</ExternalLink>
            </span>
          )}
          {printedSaysMore(contact) && (
            <small className="printed">
              <Printed>{contact.printed}</Printed>
            </small>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether the contact as printed says more than its label, number, extension and address shown
 * above it (a fax, a name, a number the parser could not read): only then is it shown again.
 */
export function printedSaysMore(contact: Contact): boolean {
  let rest = contact.printed;
  for (const part of [contact.label, contact.tel, contact.extension, contact.mail]) {
    if (part) rest = rest.split(part).join('');
  }
  return rest.replace(/TEL|(?:E-?)?mail|内線|[:：()（）【】\s、,・]/gi, '') !== '';
}
