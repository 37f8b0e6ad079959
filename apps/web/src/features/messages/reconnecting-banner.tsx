import { useTranslation } from 'react-i18next';
import { useChatStatus } from '../../lib/chat/chat-context';

/** Says so while the socket is down; the live region is always present so the change is announced. */
export function ReconnectingBanner() {
  const { t } = useTranslation('messages');
  const status = useChatStatus();
  return (
    <div
      role="status"
      className={status === 'reconnecting' ? 'banner' : undefined}
    >
      {status === 'reconnecting' ? t('reconnecting') : null}
    </div>
  );
}
