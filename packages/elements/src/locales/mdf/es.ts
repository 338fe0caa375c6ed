export default {
  status: {
    submitted: 'Enviada',
    needs_info: 'Se necesita información',
    approved: 'Aprobada',
    rejected: 'Rechazada',
    claim_submitted: 'Reclamación enviada',
    claim_approved: 'Reclamación aprobada',
    claim_rejected: 'Reclamación rechazada',
    paid: 'Pagada',
    expired: 'Caducada: no reclamada a tiempo',
  },
  outcomes: {
    leads: 'Leads',
    attendees: 'Asistentes',
    impressions: 'Impresiones',
  },
};
