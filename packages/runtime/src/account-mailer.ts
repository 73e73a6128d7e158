import type { AccountMailer } from '@civitas/auth';
import type { Config } from '@civitas/config';
import type { JobQueues } from '@civitas/jobs';
import type { BuiltModuleMail } from '@civitas/module-builder';
import { mailSender, type SendMailPayload, sendMailJob } from '@civitas/mail';
import { publicUrl, publicUrlOptions } from '@civitas/tenancy';

/** Account emails go through the mail queue; links point at the city's stored primary domain. */
export function createAccountMailer(jobs: JobQueues, config: Config): AccountMailer {
  const urls = publicUrlOptions(config);
  return {
    link: (tenant, path) => publicUrl(tenant.primaryHost, path, urls),
    send: async (mail) => {
      await jobs.enqueue(sendMailJob, {
        tenantId: mail.tenant.id,
        key: mail.key,
        template: mail.template,
        locale: mail.locale,
        to: mail.to,
        data: mail.data,
        from: mailSender(mail.tenant.name, mail.tenant.primaryHost, config.MAIL_FROM_DOMAIN),
      } as SendMailPayload);
    },
  };
}

/** Built modules' emails (a state entered) go through the same queue, linking to the city's portal. */
export function createBuiltModuleMail(jobs: JobQueues, config: Config): BuiltModuleMail {
  const urls = publicUrlOptions(config);
  return {
    send: async (tenant, m) => {
      await jobs.enqueue(sendMailJob, {
        tenantId: tenant.id,
        key: m.key,
        template: 'module-message',
        locale: m.locale,
        to: m.to,
        data: { cityName: tenant.name, displayName: m.displayName, subject: m.subject, body: m.body, link: publicUrl(tenant.primaryHost, m.path, urls) },
        from: mailSender(tenant.name, tenant.primaryHost, config.MAIL_FROM_DOMAIN),
      });
    },
  };
}
