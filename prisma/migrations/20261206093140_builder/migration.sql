-- AlterTable
ALTER TABLE "catalog_modules" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'code';

-- CreateTable
CREATE TABLE "builder_drafts" (
    "tenantId" UUID NOT NULL,
    "moduleId" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "basedOnVersion" TEXT,
    "updatedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "builder_drafts_pkey" PRIMARY KEY ("tenantId","moduleId")
);

-- CreateTable
CREATE TABLE "builder_versions" (
    "moduleId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "authorSlug" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "changeLevel" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "changelog" JSONB NOT NULL,
    "publishedBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "builder_versions_pkey" PRIMARY KEY ("moduleId","version")
);

-- CreateTable
CREATE TABLE "builder_entries" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "moduleId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "state" TEXT NOT NULL,
    "submitterId" UUID,
    "reference" TEXT NOT NULL,
    "stateChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "builder_entries_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "builder_entry_transitions" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entryId" UUID NOT NULL,
    "transition" TEXT NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "comment" TEXT,
    "staffId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "builder_entry_transitions_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "builder_entry_values" (
    "tenantId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "moduleId" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "builder_entry_values_pkey" PRIMARY KEY ("tenantId","entryId","field","value")
);

-- CreateIndex
CREATE INDEX "builder_versions_authorSlug_idx" ON "builder_versions"("authorSlug");

-- CreateIndex
CREATE INDEX "builder_entries_tenantId_moduleId_entityType_state_createdA_idx" ON "builder_entries"("tenantId", "moduleId", "entityType", "state", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "builder_entries_tenantId_moduleId_submitterId_idx" ON "builder_entries"("tenantId", "moduleId", "submitterId");

-- CreateIndex
CREATE UNIQUE INDEX "builder_entries_tenantId_moduleId_reference_key" ON "builder_entries"("tenantId", "moduleId", "reference");

-- CreateIndex
CREATE INDEX "builder_entry_transitions_tenantId_entryId_createdAt_idx" ON "builder_entry_transitions"("tenantId", "entryId", "createdAt");

-- CreateIndex
CREATE INDEX "builder_entry_values_tenantId_moduleId_entityType_field_val_idx" ON "builder_entry_values"("tenantId", "moduleId", "entityType", "field", "value");

-- AddForeignKey
ALTER TABLE "builder_drafts" ADD CONSTRAINT "builder_drafts_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "builder_entries" ADD CONSTRAINT "builder_entries_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "builder_entry_transitions" ADD CONSTRAINT "builder_entry_transitions_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "builder_entry_transitions" ADD CONSTRAINT "builder_entry_transitions_tenantId_entryId_fkey" FOREIGN KEY ("tenantId", "entryId") REFERENCES "builder_entries"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "builder_entry_values" ADD CONSTRAINT "builder_entry_values_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "builder_entry_values" ADD CONSTRAINT "builder_entry_values_tenantId_entryId_fkey" FOREIGN KEY ("tenantId", "entryId") REFERENCES "builder_entries"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security for the builder.
-- Drafts, entries, their filterable values and their steps are tenant-owned.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['builder_drafts', 'builder_entries', 'builder_entry_values', 'builder_entry_transitions'] LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO civitas_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = civitas_current_tenant()) WITH CHECK ("tenantId" = civitas_current_tenant())', t);
  END LOOP;
END $$;

-- Published versions are catalogue data: the author city publishes (inserts) them, nobody changes
-- them, and a city reads them when it may see the module in the catalogue (or wrote them).
GRANT SELECT, INSERT ON "builder_versions" TO civitas_app;
ALTER TABLE "builder_versions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "builder_versions" FORCE ROW LEVEL SECURITY;
CREATE POLICY visible_versions ON "builder_versions" FOR SELECT
  USING ("authorSlug" = civitas_current_tenant_slug() OR EXISTS (SELECT 1 FROM catalog_modules m WHERE m.id = "moduleId"));
CREATE POLICY author_publishes ON "builder_versions" FOR INSERT
  WITH CHECK ("authorSlug" = civitas_current_tenant_slug());

-- A module id belongs to one author, and never to a code module: checked across cities, which the
-- publishing city's own view (row-level security) could not do. Versions are never changed.
CREATE FUNCTION civitas_builder_version_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN
      RAISE EXCEPTION 'published versions of built modules are immutable' USING ERRCODE = '42501';
    END IF;
    IF EXISTS (SELECT 1 FROM builder_versions v WHERE v."moduleId" = NEW."moduleId" AND v."authorSlug" <> NEW."authorSlug")
       OR EXISTS (SELECT 1 FROM catalog_modules m WHERE m.id = NEW."moduleId" AND m.source <> 'built') THEN
      RAISE EXCEPTION 'module id % is taken', NEW."moduleId" USING ERRCODE = '23505';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER builder_versions_guard BEFORE INSERT OR UPDATE ON "builder_versions"
  FOR EACH ROW EXECUTE FUNCTION civitas_builder_version_guard();
