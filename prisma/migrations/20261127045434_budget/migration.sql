-- CreateEnum
CREATE TYPE "budget_phase" AS ENUM ('draft', 'ideation', 'review', 'voting', 'results', 'follow_up');

-- CreateEnum
CREATE TYPE "budget_voting_method" AS ENUM ('approval', 'knapsack', 'threshold');

-- CreateEnum
CREATE TYPE "budget_area_rule" AS ENUM ('city_and_own_district', 'one_area');

-- CreateEnum
CREATE TYPE "budget_area_kind" AS ENUM ('city', 'district');

-- CreateEnum
CREATE TYPE "budget_project_status" AS ENUM ('pending', 'published', 'rejected', 'merged');

-- CreateEnum
CREATE TYPE "budget_feasibility" AS ENUM ('unassessed', 'feasible', 'unfeasible');

-- CreateEnum
CREATE TYPE "budget_delivery" AS ENUM ('not_started', 'design', 'works', 'delivered', 'abandoned');

-- CreateEnum
CREATE TYPE "budget_ballot_slot" AS ENUM ('city', 'district', 'any');

-- CreateTable
CREATE TABLE "budget_campaigns" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "votingMethod" "budget_voting_method" NOT NULL,
    "maxPicks" INTEGER NOT NULL,
    "thresholdPercent" INTEGER NOT NULL,
    "areaRule" "budget_area_rule" NOT NULL,
    "preModeration" BOOLEAN NOT NULL,
    "minimumAge" INTEGER NOT NULL,
    "phase" "budget_phase" NOT NULL DEFAULT 'draft',
    "ideationAt" TIMESTAMPTZ(3) NOT NULL,
    "reviewAt" TIMESTAMPTZ(3) NOT NULL,
    "votingAt" TIMESTAMPTZ(3) NOT NULL,
    "resultsAt" TIMESTAMPTZ(3) NOT NULL,
    "followUpAt" TIMESTAMPTZ(3) NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_campaigns_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "budget_areas" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "budget_area_kind" NOT NULL,
    "district" TEXT,
    "budget" BIGINT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "budget_areas_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "budget_projects" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "authorId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "estimatedCost" BIGINT NOT NULL,
    "finalCost" BIGINT,
    "status" "budget_project_status" NOT NULL,
    "moderationNote" TEXT NOT NULL DEFAULT '',
    "mergedIntoId" UUID,
    "feasibility" "budget_feasibility" NOT NULL DEFAULT 'unassessed',
    "feasibilityNote" TEXT NOT NULL DEFAULT '',
    "eligible" BOOLEAN NOT NULL DEFAULT false,
    "delivery" "budget_delivery" NOT NULL DEFAULT 'not_started',
    "deliveryNote" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_projects_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "budget_images" (
    "tenantId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_images_pkey" PRIMARY KEY ("tenantId","projectId")
);

-- CreateTable
CREATE TABLE "budget_follows" (
    "tenantId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "residentId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_follows_pkey" PRIMARY KEY ("tenantId","projectId","residentId")
);

-- CreateTable
CREATE TABLE "budget_ballots" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "residentId" UUID,
    "slot" "budget_ballot_slot" NOT NULL,
    "totalCost" BIGINT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_ballots_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "budget_ballot_lines" (
    "tenantId" UUID NOT NULL,
    "ballotId" UUID NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "budget_ballot_lines_pkey" PRIMARY KEY ("tenantId","ballotId","projectId")
);

-- CreateTable
CREATE TABLE "budget_results" (
    "tenantId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "votes" INTEGER NOT NULL,
    "cost" BIGINT NOT NULL,
    "funded" BOOLEAN NOT NULL,
    "rank" INTEGER NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_results_pkey" PRIMARY KEY ("tenantId","projectId")
);

-- CreateTable
CREATE TABLE "budget_phase_changes" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaignId" UUID NOT NULL,
    "fromPhase" "budget_phase" NOT NULL,
    "toPhase" "budget_phase" NOT NULL,
    "source" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_phase_changes_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "budget_mail_log" (
    "tenantId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_mail_log_pkey" PRIMARY KEY ("tenantId","key")
);

-- CreateIndex
CREATE INDEX "budget_campaigns_tenantId_createdAt_idx" ON "budget_campaigns"("tenantId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "budget_areas_tenantId_campaignId_position_idx" ON "budget_areas"("tenantId", "campaignId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "budget_areas_tenantId_campaignId_district_key" ON "budget_areas"("tenantId", "campaignId", "district");

-- CreateIndex
CREATE INDEX "budget_projects_tenantId_campaignId_status_idx" ON "budget_projects"("tenantId", "campaignId", "status");

-- CreateIndex
CREATE INDEX "budget_projects_tenantId_authorId_idx" ON "budget_projects"("tenantId", "authorId");

-- CreateIndex
CREATE INDEX "budget_follows_tenantId_residentId_idx" ON "budget_follows"("tenantId", "residentId");

-- CreateIndex
CREATE INDEX "budget_ballots_tenantId_campaignId_submittedAt_idx" ON "budget_ballots"("tenantId", "campaignId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "budget_ballots_tenantId_campaignId_areaId_residentId_key" ON "budget_ballots"("tenantId", "campaignId", "areaId", "residentId");

-- CreateIndex
CREATE UNIQUE INDEX "budget_ballots_tenantId_campaignId_residentId_slot_key" ON "budget_ballots"("tenantId", "campaignId", "residentId", "slot");

-- CreateIndex
CREATE INDEX "budget_ballot_lines_tenantId_projectId_idx" ON "budget_ballot_lines"("tenantId", "projectId");

-- CreateIndex
CREATE INDEX "budget_results_tenantId_campaignId_areaId_rank_idx" ON "budget_results"("tenantId", "campaignId", "areaId", "rank");

-- CreateIndex
CREATE INDEX "budget_phase_changes_tenantId_campaignId_at_idx" ON "budget_phase_changes"("tenantId", "campaignId", "at");

-- AddForeignKey
ALTER TABLE "budget_campaigns" ADD CONSTRAINT "budget_campaigns_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_areas" ADD CONSTRAINT "budget_areas_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_areas" ADD CONSTRAINT "budget_areas_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "budget_campaigns"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "budget_campaigns"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_tenantId_areaId_fkey" FOREIGN KEY ("tenantId", "areaId") REFERENCES "budget_areas"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_images" ADD CONSTRAINT "budget_images_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_images" ADD CONSTRAINT "budget_images_tenantId_projectId_fkey" FOREIGN KEY ("tenantId", "projectId") REFERENCES "budget_projects"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_follows" ADD CONSTRAINT "budget_follows_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_follows" ADD CONSTRAINT "budget_follows_tenantId_projectId_fkey" FOREIGN KEY ("tenantId", "projectId") REFERENCES "budget_projects"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "budget_campaigns"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_tenantId_areaId_fkey" FOREIGN KEY ("tenantId", "areaId") REFERENCES "budget_areas"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballot_lines" ADD CONSTRAINT "budget_ballot_lines_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballot_lines" ADD CONSTRAINT "budget_ballot_lines_tenantId_ballotId_fkey" FOREIGN KEY ("tenantId", "ballotId") REFERENCES "budget_ballots"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballot_lines" ADD CONSTRAINT "budget_ballot_lines_tenantId_projectId_fkey" FOREIGN KEY ("tenantId", "projectId") REFERENCES "budget_projects"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_results" ADD CONSTRAINT "budget_results_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_results" ADD CONSTRAINT "budget_results_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "budget_campaigns"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_results" ADD CONSTRAINT "budget_results_tenantId_projectId_fkey" FOREIGN KEY ("tenantId", "projectId") REFERENCES "budget_projects"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_phase_changes" ADD CONSTRAINT "budget_phase_changes_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_phase_changes" ADD CONSTRAINT "budget_phase_changes_tenantId_campaignId_fkey" FOREIGN KEY ("tenantId", "campaignId") REFERENCES "budget_campaigns"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_mail_log" ADD CONSTRAINT "budget_mail_log_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Grants and row-level security: the app role reads and writes its own city's rows only.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['budget_campaigns', 'budget_areas', 'budget_projects', 'budget_images', 'budget_follows',
                           'budget_ballots', 'budget_ballot_lines', 'budget_results', 'budget_phase_changes', 'budget_mail_log']
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO civitas_app', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING ("tenantId" = civitas_current_tenant()) WITH CHECK ("tenantId" = civitas_current_tenant())', t);
  END LOOP;
END $$;

-- A submitted ballot is final: the app role may insert and read ballots and their lines, and only
-- anonymise a ballot (residentId to NULL) when its voter deletes their account.
REVOKE UPDATE, DELETE ON "budget_ballot_lines" FROM civitas_app;
REVOKE UPDATE, DELETE ON "budget_ballots" FROM civitas_app;
GRANT UPDATE ("residentId") ON "budget_ballots" TO civitas_app;
