export { createTestDatabase, type TestDatabaseUrls } from './test-database.ts';
export { testConfig } from './test-config.ts';
export { makeTenant, makeStaff, makeResident, testBranding, TEST_PASSWORD } from './factories.ts';
export { openTestApp } from './test-app.ts';
export { startTestSmtp, type TestSmtp, type TestSmtpMessage } from './test-smtp.ts';
export { startPrivateRedis } from './private-redis.ts';
