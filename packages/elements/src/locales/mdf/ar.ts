export default {
  status: {
    submitted: 'مُرسل',
    needs_info: 'يحتاج إلى معلومات',
    approved: 'معتمد',
    rejected: 'مرفوض',
    claim_submitted: 'تم إرسال المطالبة',
    claim_approved: 'تمت الموافقة على المطالبة',
    claim_rejected: 'رُفضت المطالبة',
    paid: 'مدفوع',
    expired: 'منتهية: لم تتم المطالبة في الوقت المحدد',
  },
  outcomes: {
    leads: 'العملاء المحتملون',
    attendees: 'الحضور',
    impressions: 'مرات الظهور',
  },
};
