-- CreateEnum
CREATE TYPE "news_kind" AS ENUM ('post', 'page');

-- CreateEnum
CREATE TYPE "news_status" AS ENUM ('draft', 'scheduled', 'published');

-- CreateTable
CREATE TABLE "news_entries" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "news_kind" NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "news_status" NOT NULL DEFAULT 'draft',
    "publishAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "navOrder" INTEGER,
    "authorId" UUID,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_entries_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "news_translations" (
    "tenantId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "news_translations_pkey" PRIMARY KEY ("tenantId","entryId","locale")
);

-- CreateIndex
CREATE INDEX "news_entries_tenantId_kind_status_publishedAt_idx" ON "news_entries"("tenantId", "kind", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "news_entries_tenantId_status_publishAt_idx" ON "news_entries"("tenantId", "status", "publishAt");

-- CreateIndex
CREATE UNIQUE INDEX "news_entries_tenantId_kind_slug_key" ON "news_entries"("tenantId", "kind", "slug");

-- AddForeignKey
ALTER TABLE "news_entries" ADD CONSTRAINT "news_entries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_tenantId_entryId_fkey" FOREIGN KEY ("tenantId", "entryId") REFERENCES "news_entries"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security: the app role reads and writes its own city's entries only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "news_entries", "news_translations" TO civitas_app;

ALTER TABLE "news_entries" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "news_entries" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "news_entries"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "news_translations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "news_translations" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "news_translations"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());
