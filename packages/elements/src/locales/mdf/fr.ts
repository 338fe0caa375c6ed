export default {
  status: {
    submitted: 'Envoyée',
    needs_info: 'Informations requises',
    approved: 'Approuvée',
    rejected: 'Refusée',
    claim_submitted: 'Réclamation envoyée',
    claim_approved: 'Réclamation approuvée',
    claim_rejected: 'Réclamation refusée',
    paid: 'Versée',
    expired: 'Expirée : non réclamée à temps',
  },
  outcomes: {
    leads: 'Leads',
    attendees: 'Participants',
    impressions: 'Impressions',
  },
};
