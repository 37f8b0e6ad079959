import type { MentorshipRequestView } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitRow, TextAreaField } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { REQUESTS_QUERY_KEY } from '../requests/requests-query';

/** The inline "Request" form of one recommendation: a message, then POST; a refusal stays next to the form. */
export function RequestForm({
  mentorId,
  mentorName,
  onSent,
  onCancel,
}: {
  mentorId: string;
  mentorName: string;
  onSent(request: MentorshipRequestView): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('findMentor');
  const apiFieldError = useApiFieldError();
  const api = useApi();
  const queryClient = useQueryClient();
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');
  const [attempted, setAttempted] = useState(false);
  const send = useMutation({
    mutationFn: () => api.createRequest({ mentorId, message: message.trim() }),
    onSuccess: async (request) => {
      onSent(request);
      await queryClient.invalidateQueries({ queryKey: REQUESTS_QUERY_KEY });
    },
  });
  const problem = message.trim() ? undefined : t('messageRequired');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (problem) {
      messageRef.current?.focus();
      return;
    }
    send.mutate();
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <TextAreaField
        ref={messageRef}
        label={t('message', { name: mentorName })}
        hint={t('messageHint')}
        name="message"
        rows={4}
        required
        maxLength={2000}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={
          (attempted ? problem : undefined) ??
          apiFieldError(send.error, 'message')
        }
        autoFocus
      />
      <ApiErrorAlert error={send.error} />
      <SubmitRow
        pending={send.isPending}
        label={t('send')}
        pendingLabel={t('sending')}
      >
        <button
          type="button"
          className="button button-secondary"
          onClick={onCancel}
        >
          {t('cancel')}
        </button>
      </SubmitRow>
    </form>
  );
}
