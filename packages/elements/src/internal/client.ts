export type { PartnerKitClient as PkClient } from '@partnerkit/client';
