-- Roles, grants and row-level security. Migrations run as the schema owner; the application
-- connects as civitas_app (owns nothing, no BYPASSRLS), operator work as civitas_platform.
-- Roles are cluster-wide, so they are created only when missing.
DO $$
BEGIN
  -- Two deployments migrating side by side may race here: a role created meanwhile is fine.
  BEGIN
    CREATE ROLE civitas_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE civitas_platform LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB NOCREATEROLE;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END
$$;

GRANT USAGE ON SCHEMA public TO civitas_app, civitas_platform;

-- The platform role works across tenants on every table, present and future.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO civitas_platform;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO civitas_platform;
-- Except the audit trails, which nobody rewrites.
REVOKE UPDATE ON "audit_events", "operator_audit_events" FROM civitas_platform;
REVOKE DELETE ON "operator_audit_events" FROM civitas_platform;

-- The app role: its own city's rows only. It never creates or deletes cities, never touches
-- operators, and may only append to the audit log.
GRANT SELECT, UPDATE ON "tenants" TO civitas_app;
GRANT SELECT ON "tenant_domains" TO civitas_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "staff_accounts", "residents" TO civitas_app;
GRANT SELECT, INSERT ON "audit_events" TO civitas_app;

-- The tenant in scope, or NULL when none is set: every policy below compares against it,
-- so a connection without a tenant sees and writes nothing.
CREATE FUNCTION civitas_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

ALTER TABLE "tenants" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenants" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "tenants"
  USING ("id" = civitas_current_tenant())
  WITH CHECK ("id" = civitas_current_tenant());

ALTER TABLE "tenant_domains" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tenant_domains" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "tenant_domains"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "staff_accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "staff_accounts" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "staff_accounts"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "residents" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "residents" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "residents"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "audit_events"
  USING ("tenantId" = civitas_current_tenant())
  WITH CHECK ("tenantId" = civitas_current_tenant());

-- Append-only, whoever connects: only a whole city's removal (cascade from tenants) deletes entries.
CREATE FUNCTION civitas_refuse_audit_rewrite() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'audit entries are append-only' USING ERRCODE = '42501'; END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION civitas_refuse_audit_rewrite();
CREATE TRIGGER operator_audit_events_append_only BEFORE UPDATE OR DELETE ON "operator_audit_events"
  FOR EACH ROW EXECUTE FUNCTION civitas_refuse_audit_rewrite();
