import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { BilingualTextField } from './bilingual-text-field';

function NameFields({
  errors = {},
}: {
  errors?: { en?: string; zh?: string };
}) {
  const [name, setName] = useState({ en: '', zh: '' });
  return (
    <BilingualTextField
      en={{
        label: 'Name (English)',
        name: 'nameEn',
        value: name.en,
        onChange: (event) => setName({ ...name, en: event.target.value }),
        error: errors.en,
      }}
      zh={{
        label: 'Name (Chinese)',
        hint: 'As written in Chinese characters.',
        name: 'nameZh',
        value: name.zh,
        onChange: (event) => setName({ ...name, zh: event.target.value }),
        error: errors.zh,
      }}
    />
  );
}

describe('BilingualTextField', () => {
  it('labels each input and marks its language', () => {
    render(<NameFields />);

    const en = screen.getByRole('textbox', { name: 'Name (English)' });
    const zh = screen.getByRole('textbox', { name: 'Name (Chinese)' });
    expect(en).toHaveAttribute('lang', 'en');
    expect(en).toHaveAttribute('name', 'nameEn');
    expect(zh).toHaveAttribute('lang', 'zh-CN');
    expect(zh).toHaveAccessibleDescription('As written in Chinese characters.');
  });

  it('keeps each language’s value apart', async () => {
    const user = userEvent.setup();
    render(<NameFields />);

    await user.type(
      screen.getByRole('textbox', { name: 'Name (English)' }),
      'Lumos',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Name (Chinese)' }),
      '光睿',
    );

    expect(screen.getByRole('textbox', { name: 'Name (English)' })).toHaveValue(
      'Lumos',
    );
    expect(screen.getByRole('textbox', { name: 'Name (Chinese)' })).toHaveValue(
      '光睿',
    );
  });

  it('shows an error only on the language it belongs to', () => {
    render(<NameFields errors={{ zh: 'Chinese name is required.' }} />);

    const en = screen.getByRole('textbox', { name: 'Name (English)' });
    const zh = screen.getByRole('textbox', { name: 'Name (Chinese)' });
    expect(en).not.toHaveAttribute('aria-invalid');
    expect(en).not.toHaveAccessibleDescription();
    expect(zh).toHaveAttribute('aria-invalid', 'true');
    expect(zh).toHaveAccessibleDescription(
      'As written in Chinese characters. Chinese name is required.',
    );
  });
});
