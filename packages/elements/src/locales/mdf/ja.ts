export default {
  status: {
    submitted: '提出済み',
    needs_info: '情報が必要',
    approved: '承認済み',
    rejected: '却下',
    claim_submitted: '請求提出済み',
    claim_approved: '請求承認済み',
    claim_rejected: '請求却下',
    paid: '支払済み',
    expired: '期限切れ（期限内に請求なし）',
  },
  outcomes: {
    leads: 'リード数',
    attendees: '参加者数',
    impressions: 'インプレッション数',
  },
};
