import { useTranslation } from 'react-i18next';
import { PageTitle } from '@torchbridge/ui';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { currentLocale } from '../../lib/i18n/i18n';
import { usableTimeZone } from '../../lib/time/format';
import { QueryState } from '../../lib/api/query-state';
import { ConversationListItem } from './conversation-list-item';
import { useConversations } from './use-conversations';
import './messages.css';

export function MessagesPage() {
  const { t, i18n } = useTranslation('messages');
  const user = useSignedInUser();
  const locale = currentLocale(i18n);
  const conversations = useConversations();
  const format = { locale, timeZone: usableTimeZone(user.timeZone) };

  return (
    <div className="page">
      <PageTitle title={t('title')} />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <QueryState query={conversations} loadFailed={t('loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <ul className="stack conversation-list">
              {list.map((c) => (
                <ConversationListItem
                  key={c.id}
                  conversation={c}
                  viewerId={user.id}
                  format={format}
                />
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
