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
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const locale = currentLocale(i18n);
  const conversations = useConversations();
  const format = { locale, timeZone: usableTimeZone(user.timeZone) };

  return (
    <div className="page">
      <PageTitle title={t('messages.title')} />
      <header className="page-header">
        <h1>{t('messages.title')}</h1>
        <p className="muted">{t('messages.intro')}</p>
      </header>
      <QueryState query={conversations} loadFailed={t('messages.loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('messages.empty')}</p>
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
