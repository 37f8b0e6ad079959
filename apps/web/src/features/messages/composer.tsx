import { MESSAGE_MAX_LENGTH } from '@torchbridge/contracts';
import {
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';

/** Typing signals go out at most this often while someone keeps typing. */
export const TYPING_THROTTLE_MS = 3000;

export function Composer({
  onSend,
  onTyping,
}: {
  onSend(body: string): void;
  onTyping(): void;
}) {
  const { t } = useTranslation('messages');
  const ids = useId();
  const [body, setBody] = useState('');
  const lastTyping = useRef(0);
  const empty = body.trim().length === 0;

  function send() {
    if (empty || body.length > MESSAGE_MAX_LENGTH) {
      return;
    }
    onSend(body);
    setBody('');
    lastTyping.current = 0;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter inside an IME composition picks a candidate (Pinyin), it must not send.
    if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      !event.nativeEvent.isComposing
    ) {
      event.preventDefault();
      send();
    }
  }

  function onChange(next: string) {
    setBody(next);
    const now = Date.now();
    if (next.length > 0 && now - lastTyping.current >= TYPING_THROTTLE_MS) {
      lastTyping.current = now;
      onTyping();
    }
  }

  return (
    <form className="composer" onSubmit={onSubmit}>
      <label htmlFor={`${ids}body`}>{t('composer')}</label>
      <textarea
        id={`${ids}body`}
        rows={3}
        value={body}
        maxLength={MESSAGE_MAX_LENGTH}
        aria-describedby={`${ids}hint ${ids}count`}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="composer-row">
        <p id={`${ids}hint`} className="muted">
          {t('composerHint')}
        </p>
        <p id={`${ids}count`} className="muted composer-count">
          {t('counter', {
            count: body.length,
            max: MESSAGE_MAX_LENGTH,
          })}
        </p>
        <button type="submit" className="button" disabled={empty}>
          {t('send')}
        </button>
      </div>
    </form>
  );
}
