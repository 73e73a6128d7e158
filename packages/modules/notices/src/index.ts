export { noticesModule } from './module.ts';
export type { AdminNoticesJson, BannerJson, NoticeJson, NoticesJson } from './notices-api-types.ts';
