import { render } from '@testing-library/react';
import { UiLabelsProvider } from '../ui-labels/ui-labels';
import { PageTitle } from './page-title';

describe('PageTitle', () => {
  it('names the screen followed by the site name it is given', () => {
    render(
      <UiLabelsProvider labels={{ siteName: '火炬桥' }}>
        <PageTitle title="科技园区" />
      </UiLabelsProvider>,
    );
    expect(document.title).toBe('科技园区 · 火炬桥');
  });

  it('uses the screen name alone without a site name', () => {
    render(<PageTitle title="Science parks" />);
    expect(document.title).toBe('Science parks');
  });
});
