import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@torchbridge/ui';

/** Free-text search applied on Enter or the button, so each keystroke does not hit the API. */
export function SearchBox({
  value,
  hint,
  onSearch,
}: {
  value: string;
  hint: string;
  onSearch(text: string): void;
}) {
  const { t } = useTranslation('directory');
  const [text, setText] = useState(value);
  // Follows the URL when it changes from outside (back button, "Clear filters").
  useEffect(() => setText(value), [value]);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <TextField
        label={t('search')}
        hint={hint}
        type="search"
        name="q"
        value={text}
        maxLength={100}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button-primary">
        {t('searchButton')}
      </button>
    </form>
  );
}
