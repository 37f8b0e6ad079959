import { render, screen } from '@testing-library/react';
import { PageHeader } from './page-header';

describe('PageHeader', () => {
  it('names the screen in the document title and heading, with its lead and actions', () => {
    render(
      <PageHeader title="科技园区" lead="浏览园区">
        <button type="button">添加</button>
      </PageHeader>,
    );
    expect(document.title).toBe('科技园区');
    expect(
      screen.getByRole('heading', { level: 1, name: '科技园区' }),
    ).toBeInTheDocument();
    expect(screen.getByText('浏览园区')).toHaveClass('lead');
    expect(screen.getByRole('button', { name: '添加' })).toBeInTheDocument();
  });
});
