import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { AdminCampaign } from './admin-campaign.tsx';
import { AdminCampaigns } from './admin-campaigns.tsx';
import { AdminProject } from './admin-project.tsx';
import { CampaignForm } from './campaign-form.tsx';
import { messagesFor } from './messages.ts';

const ID = '([0-9a-f-]{36})';
const routes = {
  edit: new RegExp(`^campaigns/${ID}/edit$`, 'i'),
  campaign: new RegExp(`^campaigns/${ID}$`, 'i'),
  project: new RegExp(`^projects/${ID}$`, 'i'),
};

export type AdminProps = ModuleWebProps & { permissions: string[] };

/** Staff pages at /admin/m/budget/: campaigns, a campaign's projects and live vote, a project's review. */
export function BudgetAdmin(props: AdminProps) {
  const t = messagesFor(props.locale);
  const path = props.subPath.replace(/^\/+|\/+$/g, '');
  const can = { moderate: props.permissions.includes('budget.moderate'), configure: props.permissions.includes('budget.configure') };
  let m: RegExpExecArray | null;
  let page;
  if (!can.moderate) {
    page = (
      <>
        <h1>{t.title}</h1>
        <p>{t.readOnly}</p>
      </>
    );
  } else if (path === '') page = <AdminCampaigns {...props} t={t} can={can} />;
  else if (path === 'campaigns/new' && can.configure) page = <CampaignForm {...props} t={t} />;
  else if ((m = routes.edit.exec(path)) && can.configure) page = <CampaignForm key={m[1]} {...props} t={t} campaignId={m[1]!} />;
  else if ((m = routes.campaign.exec(path))) page = <AdminCampaign key={m[1]} {...props} t={t} can={can} campaignId={m[1]!} />;
  else if ((m = routes.project.exec(path))) page = <AdminProject key={m[1]} {...props} t={t} projectId={m[1]!} />;
  else {
    page = (
      <>
        <h1>{t.title}</h1>
        <p>{t.notFound}</p>
      </>
    );
  }
  return <div className="civ-budget">{page}</div>;
}
