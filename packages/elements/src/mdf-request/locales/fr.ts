export default {
  title: 'Demander des fonds',
  balance: {
    title: 'Vos fonds de développement marketing',
    heading: '{{currency}} · {{period}}',
    available: '{{amount}} disponibles',
    allocated: 'sur {{amount}} alloués',
    meterLabel: 'Fonds en {{currency}} pour {{period}}',
    meterText: '{{available}} disponibles sur {{allocated}}',
  },
  buckets: {
    available: 'Disponible',
    pending: 'En cours d’examen',
    committed: 'Approuvé',
    claimed: 'Réclamé',
    paid: 'Versé',
  },
  noAllocation: {
    title: 'Aucun fonds alloué pour l’instant',
    body: 'Votre fournisseur ne vous a pas alloué de fonds de développement marketing pour une période en cours. Dès qu’il le fera, vous pourrez demander des fonds ici.',
  },
  sections: {
    activity: 'Activité',
    outcomes: 'Résultats attendus',
    more: 'Plus de détails',
  },
  fields: {
    activityType: 'Type d’activité',
    activityHelp: 'Rembourse {{rate}} des dépenses éligibles.',
    title: 'Nom de l’activité',
    startDate: 'Date de début',
    endDate: 'Date de fin',
    amount: 'Montant demandé',
    currency: 'Devise',
    campaign: 'ID de campagne',
    campaignHelp: 'Facultatif : la campagne que cette activité promeut.',
    description: 'Description pour l’équipe channel',
  },
  available: {
    pickDate: 'Choisissez une date de début pour voir ce qui est disponible.',
    noFund:
      'Vous n’avez pas de fonds en {{currency}} pour une période contenant cette date de début.',
    remaining: 'Encore {{remaining}} disponibles sur {{available}} pour {{period}}.',
    over: '{{over}} de plus que les {{available}} disponibles pour {{period}}.',
  },
  errors: {
    endBeforeStart: 'L’activité ne peut pas se terminer avant de commencer.',
    noFund: 'Vous n’avez pas de fonds en {{currency}} pour une période contenant la date de début.',
    insufficient: 'Demandez au plus {{available}}, le montant disponible pour {{period}}.',
    insufficientNow:
      'C’est plus que ce qui reste disponible ; le solde ci-dessus est maintenant à jour.',
    noFundNow: 'Il n’y a pas de fonds dans cette devise pour la date de début.',
  },
  submit: 'Demander des fonds',
  submitting: 'Envoi…',
  submitFailed: 'La demande n’a pas été envoyée.',
  keyReused:
    'Cette demande a changé après un envoi qui nous est peut-être parvenu. Vérifiez vos demandes avant de l’envoyer à nouveau.',
  draftRestored: 'Votre brouillon non envoyé du {{date}} a été restauré.',
  discardDraft: 'Supprimer le brouillon',
  result: {
    title: 'Demande envoyée',
    body: '{{amount}} pour « {{title}} », sur vos fonds pour {{period}}. Le montant est réservé sur votre solde pendant que l’équipe channel examine la demande.',
    state: 'État :',
    another: 'Demander d’autres fonds',
  },
};
