import { ApiError } from '@torchbridge/api-client';
import { screen, within } from '@testing-library/react';
import { makeMentorDetail } from '../../testing/directory';
import { typeText } from '../../testing/form-input';
import { makeMentorship, makeRequest } from '../../testing/matching';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

describe('Mentor page', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-03-29T12:00:00Z'),
      advanceTimers: true,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('shows the bio, every taxonomy and both local times, without contact details for founders', async () => {
    const mentor = jest.fn(() => Promise.resolve(makeMentorDetail()));
    const api = signedInApi(makeUser({ timeZone: 'Asia/Shanghai' }), {
      mentor,
    });
    renderApp({ api, route: '/mentors/a1e0c9d4-0000-4000-8000-000000000001' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anna Schmidt' }),
    ).toBeInTheDocument();
    expect(mentor).toHaveBeenCalledWith('a1e0c9d4-0000-4000-8000-000000000001');
    expect(
      screen.getByText(
        'Twenty years in automotive supply chains between Stuttgart and Shenzhen.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Topics' })).toHaveTextContent(
      'Certification (CE, CCC)',
    );
    expect(screen.getByRole('list', { name: 'Stages' })).toHaveTextContent(
      'Scaling',
    );

    const times = screen.getByRole('region', { name: 'Local time' });
    expect(
      within(times).getByText('Their time').parentElement,
    ).toHaveTextContent('14:00');
    expect(
      within(times).getByText('Their time').parentElement,
    ).toHaveTextContent('Europe/Berlin (GMT+02:00)');
    expect(
      within(times).getByText('Your time').parentElement,
    ).toHaveTextContent('20:00');
    expect(
      screen.queryByRole('region', { name: 'Contact' }),
    ).not.toBeInTheDocument();
  });

  it('shows contact details when the API includes them', async () => {
    const api = signedInApi(makeUser({ role: 'manager' }), {
      mentor: jest.fn(() =>
        Promise.resolve(
          makeMentorDetail({
            contact: { email: 'anna@example.de', phone: '+49 30 1234567' },
          }),
        ),
      ),
    });
    renderApp({ api, route: '/mentors/a1e0c9d4-0000-4000-8000-000000000001' });

    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(
      within(contact).getByRole('link', { name: 'anna@example.de' }),
    ).toHaveAttribute('href', 'mailto:anna@example.de');
    expect(
      within(contact).getByRole('link', { name: '+49 30 1234567' }),
    ).toHaveAttribute('href', 'tel:+49301234567');
  });

  it('reads the Chinese bio in Chinese and falls back to English when there is none', async () => {
    const api = signedInApi(makeUser({ locale: 'zh-CN' }), {
      mentor: jest.fn(() =>
        Promise.resolve(makeMentorDetail({ headlineZh: '' })),
      ),
    });
    renderApp({
      api,
      route: '/mentors/a1e0c9d4-0000-4000-8000-000000000001',
      locale: 'zh-CN',
    });

    expect(
      await screen.findByText('在斯图加特与深圳之间从事汽车供应链工作二十年。'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Former automotive supplier COO, EU market entry'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('list', { name: '领域' })).toHaveTextContent(
      '产品认证（CE、CCC）',
    );
    expect(screen.getByText('对方时间')).toBeInTheDocument();
  });

  it('says when the mentor does not exist or is not visible', async () => {
    const api = signedInApi(makeUser(), {
      mentor: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 404,
            code: 'mentor.not_found',
            message: 'No such mentor',
          }),
        ),
      ),
    });
    renderApp({ api, route: '/mentors/a1e0c9d4-0000-4000-8000-000000000009' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('This entry does not exist or is not visible to you.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the directory' }),
    ).toHaveAttribute('href', '/mentors');
  });

  describe('asking for mentoring', () => {
    const route = '/mentors/a1e0c9d4-0000-4000-8000-000000000001';
    function founderApi(overrides: Parameters<typeof signedInApi>[1] = {}) {
      return signedInApi(makeUser({ timeZone: 'Asia/Shanghai' }), {
        mentor: jest.fn(() => Promise.resolve(makeMentorDetail())),
        listRequests: jest.fn(() => Promise.resolve([])),
        listMentorships: jest.fn(() => Promise.resolve([])),
        createRequest: jest.fn(() => Promise.resolve(makeRequest())),
        ...overrides,
      });
    }

    it('lets a founder send a request from the profile with the same form as recommendations', async () => {
      const api = founderApi();
      const { user } = renderApp({ api, route });
      const section = await screen.findByRole('region', { name: 'Mentoring' });
      await user.click(
        within(section).getByRole('button', { name: 'Request Anna Schmidt' }),
      );
      await typeText(user, 'Message to Anna Schmidt', 'Help with CE marking');
      await user.click(
        within(section).getByRole('button', { name: 'Send request' }),
      );
      expect(
        await within(section).findByText(
          'Your request to Anna Schmidt has been sent.',
        ),
      ).toBeInTheDocument();
      expect(api.createRequest).toHaveBeenCalledWith({
        mentorId: 'a1e0c9d4-0000-4000-8000-000000000001',
        message: 'Help with CE marking',
      });
    });

    it.each([
      [
        'already asked',
        {
          listRequests: jest.fn(() => Promise.resolve([makeRequest()])),
        },
        {},
        'You have already asked Anna Schmidt. You can withdraw the request under My requests.',
      ],
      [
        'already their mentor',
        {
          listMentorships: jest.fn(() => Promise.resolve([makeMentorship()])),
        },
        {},
        'Anna Schmidt is already your mentor.',
      ],
      [
        'mentor is full',
        {},
        { freePlaces: 0 },
        'Anna Schmidt has no free place right now.',
      ],
    ])(
      'disables the request and says why: %s',
      async (_case, overrides, detail, reason) => {
        const api = founderApi({
          ...overrides,
          mentor: jest.fn(() => Promise.resolve(makeMentorDetail(detail))),
        });
        renderApp({ api, route });
        const section = await screen.findByRole('region', {
          name: 'Mentoring',
        });
        const button = within(section).getByRole('button', {
          name: 'Request Anna Schmidt',
        });
        expect(await within(section).findByText(reason)).toBeInTheDocument();
        expect(button).toBeDisabled();
        expect(button).toHaveAccessibleDescription(
          expect.stringContaining(reason),
        );
      },
    );

    it('offers no request to mentors and managers', async () => {
      const api = signedInApi(makeUser({ role: 'manager' }), {
        mentor: jest.fn(() => Promise.resolve(makeMentorDetail())),
      });
      renderApp({ api, route });
      await screen.findByRole('heading', { level: 1, name: 'Anna Schmidt' });
      expect(
        screen.queryByRole('region', { name: 'Mentoring' }),
      ).not.toBeInTheDocument();
    });
  });
});
