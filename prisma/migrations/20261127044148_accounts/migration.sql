-- CreateEnum
CREATE TYPE "AccountTokenKind" AS ENUM ('verify_email', 'reset_password', 'change_email', 'staff_invite');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('resident', 'staff');

-- CreateEnum
CREATE TYPE "PrivacyExportStatus" AS ENUM ('pending', 'ready', 'failed');

-- AlterTable
ALTER TABLE "residents" ADD COLUMN     "birthYear" INTEGER,
ADD COLUMN     "district" TEXT,
ADD COLUMN     "sessionEpoch" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "staff_accounts" ADD COLUMN     "permissions" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "sessionEpoch" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "districts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "account_tokens" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "AccountTokenKind" NOT NULL,
    "accountKind" "AccountKind" NOT NULL,
    "accountId" UUID,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" "StaffRole",
    "permissions" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "invitedBy" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "privacy_exports" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "residentId" UUID NOT NULL,
    "status" "PrivacyExportStatus" NOT NULL DEFAULT 'pending',
    "archive" BYTEA,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "privacy_exports_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "account_tokens_tenantId_kind_email_idx" ON "account_tokens"("tenantId", "kind", "email");

-- CreateIndex
CREATE UNIQUE INDEX "account_tokens_tenantId_tokenHash_key" ON "account_tokens"("tenantId", "tokenHash");

-- CreateIndex
CREATE INDEX "privacy_exports_tenantId_residentId_idx" ON "privacy_exports"("tenantId", "residentId");

-- AddForeignKey
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "privacy_exports" ADD CONSTRAINT "privacy_exports_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security for account tokens and privacy exports.
GRANT SELECT, INSERT, UPDATE, DELETE ON "account_tokens", "privacy_exports" TO civitas_app;

ALTER TABLE "account_tokens" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "account_tokens" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "account_tokens"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "privacy_exports" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "privacy_exports" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "privacy_exports"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());
