-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('running', 'failed', 'succeeded');

-- CreateTable
CREATE TABLE "provisioning_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "subjectTenantId" UUID,
    "request" JSONB NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'running',
    "steps" JSONB NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "error" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "provisioning_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "city_exports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subjectTenantId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'running',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "archive" BYTEA,
    "sizeBytes" INTEGER,
    "error" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "city_exports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "city_deletions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subjectTenantId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'running',
    "removed" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "city_deletions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "provisioning_runs_slug_idx" ON "provisioning_runs"("slug");

-- CreateIndex
CREATE INDEX "provisioning_runs_createdAt_idx" ON "provisioning_runs"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "city_exports_subjectTenantId_idx" ON "city_exports"("subjectTenantId");

-- CreateIndex
CREATE INDEX "city_deletions_subjectTenantId_idx" ON "city_deletions"("subjectTenantId");

-- Operators' records: the platform role reads and writes them (default privileges); the app role
-- has no access at all.
REVOKE ALL ON "provisioning_runs", "city_exports", "city_deletions" FROM civitas_app;
