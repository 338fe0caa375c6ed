/** The demo records other parts of the seed attach accounts and deals to. */
export interface DemoIds {
  tenantId: string;
  partners: { id: string; name: string; countries: string[]; userIds: string[] }[];
  productIds: string[];
  managerIds: string[];
}
