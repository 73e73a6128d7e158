-- CreateEnum
CREATE TYPE "notices_severity" AS ENUM ('info', 'warning', 'alert');

-- CreateTable
CREATE TABLE "notices_notices" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "severity" "notices_severity" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3),
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notices_notices_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "notices_notices_tenantId_startsAt_idx" ON "notices_notices"("tenantId", "startsAt" DESC);

-- AddForeignKey
ALTER TABLE "notices_notices" ADD CONSTRAINT "notices_notices_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security: the app role reads and writes its own city's notices only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "notices_notices" TO civitas_app;

ALTER TABLE "notices_notices" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notices_notices" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "notices_notices"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());
