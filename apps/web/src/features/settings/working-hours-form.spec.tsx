import { ApiError } from '@torchbridge/api-client';
import type { UpdateMeRequest } from '@torchbridge/contracts';
import { screen, within } from '@testing-library/react';
import { makeUser, renderApp, signedInApi } from '../../testing/render-app';

function hoursSection() {
  return within(screen.getByRole('region', { name: 'Working hours' }));
}

describe('Working hours in settings', () => {
  it('saves the hours and days someone works on their own clock', async () => {
    const person = makeUser();
    const api = signedInApi(person, {
      updateMe: jest.fn((changes: UpdateMeRequest) =>
        Promise.resolve({ ...person, ...changes }),
      ),
    });
    const { user } = renderApp({ api, route: '/settings' });

    await screen.findByRole('region', { name: 'Working hours' });
    const section = hoursSection();
    expect(section.getByLabelText('Start')).toHaveValue('09:00');
    expect(section.getByLabelText('End')).toHaveValue('18:00');
    await user.clear(section.getByLabelText('Start'));
    await user.type(section.getByLabelText('Start'), '08:30');
    await user.click(section.getByRole('checkbox', { name: 'Fri' }));
    await user.click(section.getByRole('checkbox', { name: 'Sat' }));
    await user.click(
      section.getByRole('button', { name: 'Save working hours' }),
    );

    expect(api.updateMe).toHaveBeenCalledWith({
      workingHours: {
        startMinute: 510,
        endMinute: 1080,
        weekdays: [1, 2, 3, 4, 6],
      },
    });
    expect(
      await section.findByText('Working hours saved.'),
    ).toBeInTheDocument();
  });

  it('needs a working day, and shows the API’s problem by the field it names, in Chinese', async () => {
    const api = signedInApi(makeUser({ locale: 'zh-CN' }), {
      updateMe: jest.fn(() =>
        Promise.reject(
          new ApiError({
            status: 400,
            code: 'validation.failed',
            message: 'Some fields are not valid',
            details: [
              {
                field: 'workingHours.endMinute',
                code: 'field.invalid',
                messages: ['bad'],
              },
            ],
          }),
        ),
      ),
    });
    const { user } = renderApp({ api, route: '/settings', locale: 'zh-CN' });

    const section = within(
      await screen.findByRole('region', { name: '工作时间' }),
    );
    for (const day of ['周一', '周二', '周三', '周四', '周五']) {
      await user.click(section.getByRole('checkbox', { name: day }));
    }
    await user.click(section.getByRole('button', { name: '保存工作时间' }));
    expect(section.getByText('请至少选择一个工作日。')).toBeInTheDocument();
    expect(api.updateMe).not.toHaveBeenCalled();

    await user.click(section.getByRole('checkbox', { name: '周二' }));
    await user.click(section.getByRole('button', { name: '保存工作时间' }));
    expect(
      await section.findByText('结束无效。', { selector: '.field-error' }),
    ).toBeInTheDocument();
  });
});
