import type { Locale, MdfActivityType, MdfActivityTypeDefinition } from '@partnerkit/contracts';

/**
 * The usual co-op activities, every tenant's defaults (tenant settings `mdfActivityTypes`): the
 * rate is the share of the spend reimbursed, the proof what a claim must carry.
 */
export const STANDARD_MDF_ACTIVITY_TYPES: MdfActivityTypeDefinition[] = [
  {
    key: 'event',
    label: 'Event',
    labels: { de: 'Veranstaltung', fr: 'Événement', es: 'Evento', ja: 'イベント', ar: 'فعالية' },
    coopRateBps: 5000,
    proof: { files: true, results: ['attendees', 'leads'] },
  },
  {
    key: 'webinar',
    label: 'Webinar',
    labels: {
      de: 'Webinar',
      fr: 'Webinaire',
      es: 'Seminario web',
      ja: 'ウェビナー',
      ar: 'ندوة عبر الإنترنت',
    },
    coopRateBps: 5000,
    proof: { files: false, results: ['attendees', 'leads'] },
  },
  {
    key: 'digital_ads',
    label: 'Digital advertising',
    labels: {
      de: 'Digitale Werbung',
      fr: 'Publicité numérique',
      es: 'Publicidad digital',
      ja: 'デジタル広告',
      ar: 'إعلانات رقمية',
    },
    coopRateBps: 7500,
    proof: { files: true, results: ['impressions'] },
  },
  {
    key: 'content_syndication',
    label: 'Content syndication',
    labels: {
      de: 'Content-Syndizierung',
      fr: 'Syndication de contenu',
      es: 'Sindicación de contenidos',
      ja: 'コンテンツシンジケーション',
      ar: 'توزيع المحتوى',
    },
    coopRateBps: 10_000,
    proof: { files: true, results: ['leads'] },
  },
  {
    key: 'trade_show',
    label: 'Trade show',
    labels: {
      de: 'Messe',
      fr: 'Salon professionnel',
      es: 'Feria comercial',
      ja: '展示会',
      ar: 'معرض تجاري',
    },
    coopRateBps: 5000,
    proof: { files: true, results: ['attendees', 'leads'] },
  },
];

/** An activity type as the form shows it in `locale`, `label` where no translation exists. */
export function localizedActivityType(
  definition: MdfActivityTypeDefinition,
  locale: Locale,
): MdfActivityType {
  const { labels, ...rest } = definition;
  return { ...rest, label: labels?.[locale] ?? definition.label };
}
