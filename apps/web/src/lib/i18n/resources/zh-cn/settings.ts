import type { SettingsResources } from '../en/settings';

/** Account settings. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const settings: SettingsResources = {
  title: '设置',
  profile: {
    title: '个人资料',
    displayNameHint: '创业者、导师和社区经理会看到此名称。',
    timeZoneHint: '火炬桥中的所有日期和时间都按此时区显示。',
    useDeviceZone: '使用本设备的时区（{{zone}}）',
    save: '保存更改',
    saving: '正在保存…',
    saved: '更改已保存。',
  },
  language: {
    title: '界面语言',
    legend: '火炬桥显示为',
    hint: '你的选择会保存到账户中，并在所有设备上生效。',
  },
};
