export default {
  status: {
    submitted: 'Submitted',
    needs_info: 'Needs information',
    approved: 'Approved',
    rejected: 'Rejected',
    claim_submitted: 'Claim submitted',
    claim_approved: 'Claim approved',
    claim_rejected: 'Claim rejected',
    paid: 'Paid',
    expired: 'Expired: not claimed in time',
  },
  outcomes: {
    leads: 'Leads',
    attendees: 'Attendees',
    impressions: 'Impressions',
  },
};
