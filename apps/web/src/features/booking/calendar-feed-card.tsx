import { isApiError } from '@torchbridge/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { StatusMessage, TextField } from '@torchbridge/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApi } from '../../lib/api/services-context';
import { bookingKeys } from './booking-keys';

/** The private address of the reader's sessions for any calendar app: copy it, or replace it when it leaked. */
export function CalendarFeedCard() {
  const { t } = useTranslation('booking');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'select' | null>(null);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const feed = useQuery({
    queryKey: bookingKeys.feed,
    queryFn: () => api.calendarFeed(),
    retry: false,
  });
  const rotate = useMutation({
    mutationFn: () => api.rotateCalendarFeed(),
    onSuccess: (next) => {
      queryClient.setQueryData(bookingKeys.feed, next);
      setConfirmRotate(false);
      setCopied(null);
    },
  });
  const missing =
    isApiError(feed.error) && feed.error.code === 'calendar.feed_not_found';

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('copied');
    } catch {
      // No clipboard permission (or an old browser): select the text so one keystroke copies it.
      inputRef.current?.select();
      setCopied('select');
    }
  }

  return (
    <section className="card" aria-labelledby={`${ids}title`}>
      <h2 id={`${ids}title`}>{t('feed.title')}</h2>
      <p className="muted">{t('feed.lead')}</p>
      <ApiErrorAlert error={rotate.error ?? (missing ? null : feed.error)} />
      {feed.data ? (
        <>
          <TextField
            ref={inputRef}
            label={t('feed.address')}
            name="feedUrl"
            readOnly
            value={feed.data.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="form-actions feed-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void copy(feed.data.url)}
            >
              {t('feed.copy')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={confirmRotate}
              onClick={() => setConfirmRotate((v) => !v)}
            >
              {t('feed.rotate')}
            </button>
            {copied && (
              <StatusMessage className="success-text">
                {copied === 'copied'
                  ? t('feed.copied')
                  : t('feed.selectToCopy')}
              </StatusMessage>
            )}
          </div>
          {confirmRotate && (
            <div className="notice feed-rotate">
              <p>{t('feed.rotateWarning')}</p>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button-danger"
                  disabled={rotate.isPending}
                  onClick={() => rotate.mutate()}
                >
                  {t('feed.rotateConfirm')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setConfirmRotate(false)}
                >
                  {t('feed.rotateKeep')}
                </button>
              </div>
            </div>
          )}
        </>
      ) : missing ? (
        <button
          type="button"
          className="button button-primary"
          disabled={rotate.isPending}
          onClick={() => rotate.mutate()}
        >
          {t('feed.create')}
        </button>
      ) : feed.isPending ? (
        <StatusMessage>{t('feed.loading')}</StatusMessage>
      ) : null}
    </section>
  );
}
