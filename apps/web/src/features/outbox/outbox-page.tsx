import type { OutboxMailView } from '@torchbridge/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { PageHeader } from '@torchbridge/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { deviceTimeZone, formatDateTime } from '../../lib/time/format';
import { saveDownload } from '../booking/download-file';
import { OUTBOX_KEY } from './outbox-keys';
import './outbox.css';

/** The mail the product sent while no mail server is set up: who to, what about, and each message with its files. */
export function OutboxPage() {
  const { t, i18n } = useTranslation('outbox');
  const locale = currentLocale(i18n);
  const api = useApi();
  const { user } = useAuth();
  const timeZone = user?.timeZone ?? deviceTimeZone();
  const [openId, setOpenId] = useState<string | null>(null);
  const mails = useQuery({
    queryKey: OUTBOX_KEY,
    queryFn: () => api.outbox(),
    retry: false,
  });

  return (
    <div className="page outbox-page">
      <PageHeader title={t('title')} lead={t('lead')} />
      <QueryState query={mails} loadFailed={t('loadFailed')}>
        {(items) => {
          if (items.length === 0) {
            return <p className="empty-state">{t('empty')}</p>;
          }
          const sorted = [...items].sort(
            (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
          );
          const open = sorted.find((mail) => mail.id === openId) ?? null;
          return (
            <div className="outbox-layout">
              <div className="table-scroll">
                <table className="table outbox-table">
                  <caption className="visually-hidden">{t('list')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('to')}</th>
                      <th scope="col">{t('subject')}</th>
                      <th scope="col">{t('sent')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((mail) => (
                      <tr
                        key={mail.id}
                        aria-current={mail.id === openId ? 'true' : undefined}
                      >
                        <td className="outbox-to">{mail.to}</td>
                        <td>
                          <button
                            type="button"
                            className="button button-link"
                            aria-label={t('openMail', {
                              subject: mail.subject,
                            })}
                            aria-expanded={mail.id === openId}
                            onClick={() =>
                              setOpenId(mail.id === openId ? null : mail.id)
                            }
                          >
                            {mail.subject}
                          </button>
                        </td>
                        <td>
                          <time dateTime={mail.createdAt}>
                            {formatDateTime(new Date(mail.createdAt), {
                              locale,
                              timeZone,
                            })}
                          </time>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {open && (
                <MailReader mail={open} onClose={() => setOpenId(null)} />
              )}
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}

function MailReader({
  mail,
  onClose,
}: {
  mail: OutboxMailView;
  onClose(): void;
}) {
  const { t } = useTranslation('outbox');
  const api = useApi();
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const download = useMutation({
    mutationFn: (index: number) => api.outboxAttachment(mail.id, index),
    onSuccess: (file, index) =>
      saveDownload(file, mail.attachments[index] ?? 'attachment'),
  });
  // Opening a mail moves focus to it, so keyboard and screen-reader users land on what they asked for.
  useEffect(() => headingRef.current?.focus(), [mail.id]);
  return (
    <section className="card outbox-mail" aria-labelledby={`${ids}subject`}>
      <h2 id={`${ids}subject`} ref={headingRef} tabIndex={-1}>
        {mail.subject}
      </h2>
      <p className="muted">
        {t('to')}: {mail.to}
      </p>
      <pre className="outbox-text">{mail.text}</pre>
      {mail.attachments.length > 0 && (
        <>
          <h3>{t('attachments')}</h3>
          <ApiErrorAlert error={download.error} />
          <ul className="outbox-attachments">
            {mail.attachments.map((name, index) => (
              <li key={`${index}-${name}`}>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={download.isPending}
                  onClick={() => download.mutate(index)}
                >
                  {t('download', { name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={onClose}
        >
          {t('close')}
        </button>
      </p>
    </section>
  );
}
