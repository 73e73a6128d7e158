import express from 'express';
import pg from 'pg';

// The db baseline: bare Express and pg answering a campaign's project list with the statements
// the budget module's route runs (campaign and its areas, projects with their picture flag and
// follower count, the proposals merged into them), on connections bound to the city for life.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: `-c app.tenant_id=${process.env.BENCH_TENANT_ID}` });
const tenantId = process.env.BENCH_TENANT_ID!;
const app = express();
app.get('/api/m/budget/campaigns/:id/projects', async (req, res) => {
  const campaignId = req.params.id;
  const campaign = await pool.query('select * from budget_campaigns where "tenantId" = $1 and id = $2 limit 1', [tenantId, campaignId]);
  if (!campaign.rows.length || campaign.rows[0].phase === 'draft') return void res.status(404).json({ error: 'not found' });
  await pool.query('select * from budget_areas where "tenantId" = $1 and "campaignId" = $2 order by position', [tenantId, campaignId]);
  const projects = await pool.query(
    `select p.*, i."projectId" as "imageProjectId", (select count(*) from budget_follows f where f."tenantId" = p."tenantId" and f."projectId" = p.id)::int as followers
       from budget_projects p left join budget_images i on i."tenantId" = p."tenantId" and i."projectId" = p.id
      where p."tenantId" = $1 and p."campaignId" = $2 and p.status in ('published', 'merged')
      order by p."createdAt", p.id limit 2000`,
    [tenantId, campaignId],
  );
  const ids = projects.rows.map((p) => p.id);
  const merged = await pool.query('select id, title, "mergedIntoId" from budget_projects where "tenantId" = $1 and "mergedIntoId" = any($2::uuid[]) order by "createdAt"', [
    tenantId,
    ids,
  ]);
  res.json({ projects: projects.rows, merged: merged.rows });
});
const server = app.listen(0, () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
