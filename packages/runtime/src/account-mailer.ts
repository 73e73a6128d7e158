import type { AccountMailer } from '@civitas/auth';
import type { Config } from '@civitas/config';
import type { JobQueues } from '@civitas/jobs';
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
