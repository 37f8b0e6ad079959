import type { ErrorsResources } from '../en/errors';

/** Error messages, one per catalogued code. Simplified Chinese, typed against the English file so a missing or extra key fails to compile. */
export const errors: ErrorsResources = {
  client: {
    network: '无法连接火炬桥，请检查网络后重试。',
    rateLimitedWait: '尝试次数过多，请在 {{seconds}} 秒后重试。',
    checkFields: '请检查以下字段：',
    fieldMessage: '{{field}}：{{message}}',
    listSeparator: '、',
  },

  request: {
    invalid: '请求未能完成，请检查填写的内容后重试。',
    malformed_json: '无法读取该请求，请刷新页面后重试。',
    malformed_body: '无法读取该请求，请刷新页面后重试。',
    too_deep: '请求的嵌套层级过深（超过 {{limit}} 层），无法读取。',
    too_large: '内容过大，无法发送。请换一个更小的文件。',
    unsupported_encoding: '不支持该请求的编码，请刷新页面后重试。',
    startup_required: '请先创建企业资料，再向导师发出请求。',
    mentor_paused: '该导师目前暂停辅导。',
    mentor_full: '该导师目前没有空余名额。',
    already_mentored: '你已经在与该导师合作。',
    pending_limit:
      '你已有 {{limit}} 个待处理的请求。请等待答复或撤回其中一个。',
    duplicate: '你已向该导师发出过待处理的请求。',
    not_found: '该请求不存在。',
    not_pending: '该请求已处理（状态：{{status}}）。',
    expired: '该请求已过期。',
    unconfirmed: '该配对由项目提出，创业者尚未确认。',
    not_withdrawable: '只能撤回你的企业发出的、仍在等待答复的请求。',
    not_confirmable: '只能确认项目为你的企业提出且尚未确认的配对。',
  },
  validation: {
    failed: '部分字段填写有误，请检查。',
  },
  field: {
    invalid: '{{field}}无效。',
    bad_characters:
      '{{field}}包含不允许使用的字符，例如控制字符或文字方向字符。',
    taken: '{{field}}已被使用。',
  },
  cursor: {
    invalid: '列表在加载后已发生变化，请从第一页重新开始。',
  },
  auth: {
    unauthenticated: '你的登录已失效，请重新登录。',
    bad_credentials: '邮箱或密码不正确。',
    refresh_invalid: '无法延续你的登录状态，请重新登录。',
    rate_limited: '尝试次数过多，请几分钟后再试。',
  },
  password: {
    weak: '密码太容易被猜到。可以用几个不常见的词组合成强密码。',
    common: '这是常见的密码、单词、姓名或日期，请换一个不容易被猜到的。',
    pattern: '请避免重复、连续字符或键盘排列，例如“aaaa”“1234”“qwerty”。',
    personal: '密码中不要包含你的邮箱、姓名或“火炬桥”。',
  },
  access: {
    forbidden: '你没有执行此操作的权限。',
    role_required: '只有以下角色可以执行此操作：{{roles}}。',
  },
  not_found: '该内容不存在或已无法访问。',
  conflict: '内容已在此期间发生变化，操作未能完成。请刷新后重试。',
  rate_limited: '请求过于频繁，请稍后再试。',
  internal: '服务器出现问题，请稍后重试。',

  account: {
    not_found: '你的账户已不存在。',
  },
  park: {
    not_found: '该科技园区不存在。',
  },
  incubator: {
    not_found: '该孵化器不存在。',
  },
  startup: {
    not_found: '该创业企业不存在。',
    profile_missing: '你还没有企业资料。',
  },
  mentor: {
    not_found: '该导师不存在。',
    profile_missing: '你还没有导师资料。',
  },
  profile: {
    save_failed: '资料未能保存，请重试。',
  },
  import: {
    not_found: '该导入记录不存在。',
    already_confirmed: '该文件已经导入过。',
    stale:
      '部分行与检查文件后新增的记录冲突，因此没有导入任何数据。请重新检查文件。',
  },

  mentorship: {
    capacity_full: '你已没有空余名额。请提高可辅导人数或先结束一段辅导关系。',
    already_active: '你已经在辅导这家企业。',
    not_found: '该辅导关系不存在。',
    already_ended: '该辅导关系已经结束。',
  },
  milestone: {
    needs_active: '只有进行中的辅导关系才能更改里程碑。',
    not_agreeable: '只有另一方可以同意该里程碑，且只能同意一次。',
    not_achievable: '双方都同意后，里程碑才能标记为已达成。',
  },
  feedback: {
    too_early: '辅导关系结束后才能留下反馈。',
    duplicate: '你已经为这段辅导关系留下过反馈。',
  },
  notification: {
    not_found: '该通知不存在。',
  },

  recommendations: {
    startup_required: '创建企业资料后即可获得推荐。',
  },
  cohort: {
    not_found: '该次匹配不存在。',
    published: '该批次已发布；如需更改请重新发起一次匹配。',
    already_published: '该批次已经发布。',
  },

  booking: {
    not_found: '该会谈不存在。',
    slot_taken: '这个时间刚刚被预约了，请选择其他时段。',
    in_past: '这个时间已经过去，请选择更晚的时段。',
    too_soon: '时间太近：该导师需要至少提前 {{minutes}} 分钟预约。',
    too_far: '时间太远：该导师只接受 {{days}} 天内的预约。',
    length_not_offered: '该导师只提供以下时长的会谈：{{lengths}} 分钟。',
    outside_availability: '这个时间不在导师的开放时段内。',
    day_full: '该导师当天最多接受 {{max}} 场会谈。',
    week_full: '该导师当周最多接受 {{max}} 场会谈。',
    needs_active_mentorship: '会谈需在进行中的辅导关系内预约。',
    not_changeable: '该会谈已无法更改（状态：{{status}}）。',
    reason_required: '距离会谈开始不到 {{hours}} 小时，请填写原因。',
    not_confirmable: '只有待确认的会谈可以确认。',
    not_started: '会谈开始后才能进行此操作。',
    not_held: '只能对已举行的会谈留下反馈。',
    feedback_duplicate: '你已经对这场会谈留下过反馈。',
  },
  availability: {
    not_set: '该导师尚未开放任何时段。',
  },
  office_hours: {
    not_found: '该答疑时段不存在。',
    full: '名额已满。',
    already_booked: '你已经占有一个名额。',
    cancelled: '该答疑时段已取消。',
  },
  event: {
    not_found: '该活动不存在。',
    registration_closed: '该活动的报名和约见已经截止。',
    already_registered: '你已经报名了这个活动。',
    kind_not_yours: '请选择与你的账户相符的参加身份：{{allowed}}。',
    round_out_of_range: '无法参加的轮次必须在 0 到 {{last}} 之间。',
    not_registered: '请先报名这个活动。',
    not_approved: '你的报名正在等待主办方审核。',
    participant_not_found: '该参与者不在这个活动中。',
    recipient_not_approved: '该参与者的报名尚未通过审核。',
    request_not_allowed: '在这个活动中，{{from}}不能向{{to}}发起约见。',
    request_self: '不能向自己发起约见。',
    quota_reached: '你的 {{quota}} 个约见名额已经用完。',
    request_duplicate: '你们之间已经有一个约见请求。',
    request_not_found: '该约见请求不存在。',
    request_decided: '该请求已经答复过了。',
    setup_locked: '日程已经发布，轮次和桌位不能再更改。',
    bad_window: '报名截止时间必须晚于开始时间，且不晚于活动开始。',
    meeting_clash: '该会面有冲突：{{reason}}。',
    request_not_accepted: '只有已接受的请求才能安排会面。',
    not_scheduled: '日程尚未发布。',
    meeting_not_held: '会面结束后才能反馈。',
    feedback_duplicate: '你已经对这次会面做过反馈。',
    not_live: '活动尚未开始：请先发布日程并开始一轮。',
    table_links: '线上活动需要为每张桌提供一个 https 链接。',
  },
  calendar: {
    feed_not_found: '该日历订阅不存在。',
  },

  conversation: {
    not_found: '该对话不存在。',
    not_member: '你不是该对话的成员。',
    member_not_found: '此人不是该对话的成员。',
    fixed_members: '辅导关系对话的成员固定为导师和创业者，无法更改。',
    managers_only: '只有该群组的社区经理和管理员可以更改成员。',
  },
  chat: {
    busy: '聊天繁忙，消息稍后会自动重新发送。',
  },
};
