-- CreateTable
CREATE TABLE "catalog_modules" (
    "id" TEXT NOT NULL,
    "authorSlug" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "latestVersion" TEXT NOT NULL,
    "dependsOn" JSONB NOT NULL,
    "permissions" JSONB NOT NULL,
    "sharedAt" TIMESTAMPTZ(3),
    "sharedBy" TEXT,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "catalog_modules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog_module_versions" (
    "moduleId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "releasedOn" TEXT NOT NULL,
    "changelog" JSONB NOT NULL,
    "dependsOn" JSONB NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "catalog_module_versions_pkey" PRIMARY KEY ("moduleId","version")
);

-- CreateTable
CREATE TABLE "module_entitlements" (
    "tenantId" UUID NOT NULL,
    "moduleId" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grantedBy" TEXT NOT NULL,

    CONSTRAINT "module_entitlements_pkey" PRIMARY KEY ("tenantId","moduleId")
);

-- CreateTable
CREATE TABLE "tenant_modules" (
    "tenantId" UUID NOT NULL,
    "moduleId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "version" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 1,
    "enabledAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tenant_modules_pkey" PRIMARY KEY ("tenantId","moduleId")
);

-- CreateIndex
CREATE INDEX "catalog_modules_authorSlug_idx" ON "catalog_modules"("authorSlug");

-- AddForeignKey
ALTER TABLE "catalog_module_versions" ADD CONSTRAINT "catalog_module_versions_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "catalog_modules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "module_entitlements" ADD CONSTRAINT "module_entitlements_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tenant_modules" ADD CONSTRAINT "tenant_modules_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security for the module system.
-- The catalogue is platform-wide: a city reads what is shared (or its own), and an admin of the
-- author city shares its module. Everything else about the catalogue is written by the platform.
GRANT SELECT ON "catalog_modules", "catalog_module_versions" TO civitas_app;
GRANT UPDATE ("sharedAt", "sharedBy", "updatedAt") ON "catalog_modules" TO civitas_app;
GRANT SELECT ON "module_entitlements" TO civitas_app;
GRANT SELECT, INSERT, UPDATE ON "tenant_modules" TO civitas_app;

-- The author city, as seen through the current tenant's own row (tenants is RLS-protected too).
CREATE FUNCTION civitas_current_tenant_slug() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT slug FROM tenants WHERE id = civitas_current_tenant() $$;

ALTER TABLE "catalog_modules" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "catalog_modules" FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_catalogue ON "catalog_modules" FOR SELECT
  USING ("sharedAt" IS NOT NULL OR "authorSlug" = civitas_current_tenant_slug());
CREATE POLICY author_shares ON "catalog_modules" FOR UPDATE
  USING ("authorSlug" = civitas_current_tenant_slug())
  WITH CHECK ("authorSlug" = civitas_current_tenant_slug());

ALTER TABLE "catalog_module_versions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "catalog_module_versions" FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_catalogue ON "catalog_module_versions" FOR SELECT
  USING (EXISTS (SELECT 1 FROM catalog_modules m WHERE m.id = "moduleId"));

ALTER TABLE "module_entitlements" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "module_entitlements" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "module_entitlements"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "tenant_modules" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_modules" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "tenant_modules"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

-- Who uses which module: public facts of the catalogue ("used by 3 cities"), read across cities
-- without opening tenant_modules to the app role. Only active cities are counted.
CREATE FUNCTION civitas_module_adoption()
  RETURNS TABLE ("moduleId" text, slug text, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT tm."moduleId", t.slug, t.name
    FROM tenant_modules tm JOIN tenants t ON t.id = tm."tenantId"
    WHERE tm.enabled AND t.status = 'active'
  $$;
REVOKE ALL ON FUNCTION civitas_module_adoption() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas_module_adoption() TO civitas_app, civitas_platform;

-- City names by slug ("built by Baltimore"), for every city that is not archived. Public facts only.
CREATE FUNCTION civitas_city_directory()
  RETURNS TABLE (slug text, name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT slug, name FROM tenants WHERE status <> 'archived' $$;
REVOKE ALL ON FUNCTION civitas_city_directory() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION civitas_city_directory() TO civitas_app, civitas_platform;
