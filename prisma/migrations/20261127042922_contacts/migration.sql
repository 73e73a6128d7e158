-- CreateTable
CREATE TABLE "contacts_entries" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "website" TEXT,
    "openingHours" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contacts_entries_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "contacts_entries_tenantId_category_name_idx" ON "contacts_entries"("tenantId", "category", "name");

-- AddForeignKey
ALTER TABLE "contacts_entries" ADD CONSTRAINT "contacts_entries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security: the app role reads and writes its own city's entries only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "contacts_entries" TO civitas_app;

ALTER TABLE "contacts_entries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "contacts_entries" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "contacts_entries"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());
