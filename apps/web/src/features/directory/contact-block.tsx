import type { ContactDetails } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';

/** Email and phone, rendered only when the API chose to include them for this viewer. */
export function ContactBlock({
  contact,
}: {
  contact: ContactDetails | undefined;
}) {
  const { t } = useTranslation('directory');
  if (!contact) {
    return null;
  }
  return (
    <dl className="details details-compact">
      <div>
        <dt>{t('email')}</dt>
        <dd>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
      </div>
      {contact.phone && (
        <div>
          <dt>{t('phone')}</dt>
          <dd>
            <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>
              {contact.phone}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
