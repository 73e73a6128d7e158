export { budgetModule } from './module.ts';
export { seedDemoCampaign, type DemoCity } from './seed-demo-campaign.ts';
export type * from './budget-api-types.ts';
