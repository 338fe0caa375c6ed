export default {
  status: {
    submitted: 'Eingereicht',
    needs_info: 'Informationen benötigt',
    approved: 'Genehmigt',
    rejected: 'Abgelehnt',
    claim_submitted: 'Abrechnung eingereicht',
    claim_approved: 'Abrechnung genehmigt',
    claim_rejected: 'Abrechnung abgelehnt',
    paid: 'Ausgezahlt',
    expired: 'Abgelaufen: nicht rechtzeitig abgerechnet',
  },
  outcomes: {
    leads: 'Leads',
    attendees: 'Teilnehmende',
    impressions: 'Impressionen',
  },
};
