import type { Delivery } from './budget-api-types.ts';

// The module's own emails in each shipped language. A missing key fails tsc.

export type ProjectChange = 'published' | 'rejected' | 'merged' | 'on_ballot' | 'unfeasible' | 'funded' | 'not_funded' | `delivery.${Delivery}`;

export interface ChangeFacts {
  title: string;
  note: string;
  votes: number;
  mergedInto: string;
}

const en = {
  greeting: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
  signOff: 'Kind regards,',
  open: 'See it on the portal:',
  openLabel: 'Open the page',
  ballotSubject: (campaign: string) => `Your vote in “${campaign}” is recorded`,
  ballotBody: (area: string, at: string) => [`Your ballot for ${area} was recorded on ${at}. A submitted ballot is final.`, 'You chose:'],
  ballotTotal: (total: string, budget: string) => `Total: ${total} of a budget of ${budget}.`,
  changeSubject: (title: string) => `News of “${title}”`,
  change: {
    published: (f: ChangeFacts) => `The proposal “${f.title}” is now published.`,
    rejected: (f: ChangeFacts) => `The proposal “${f.title}” was not published. ${f.note}`,
    merged: (f: ChangeFacts) => `The proposal “${f.title}” was merged into the project “${f.mergedInto}”, which you now follow.`,
    on_ballot: (f: ChangeFacts) => `“${f.title}” was found feasible and will be on the ballot.`,
    unfeasible: (f: ChangeFacts) => `“${f.title}” was found not feasible. ${f.note}`,
    funded: (f: ChangeFacts) => `“${f.title}” will be funded: it received ${f.votes} vote(s).`,
    not_funded: (f: ChangeFacts) => `“${f.title}” was not funded this time (${f.votes} vote(s)).`,
    'delivery.not_started': (f: ChangeFacts) => `Work on “${f.title}” has not started yet. ${f.note}`,
    'delivery.design': (f: ChangeFacts) => `“${f.title}” is being designed. ${f.note}`,
    'delivery.works': (f: ChangeFacts) => `Works on “${f.title}” have started. ${f.note}`,
    'delivery.delivered': (f: ChangeFacts) => `“${f.title}” has been delivered. ${f.note}`,
    'delivery.abandoned': (f: ChangeFacts) => `“${f.title}” has been abandoned. ${f.note}`,
  } as Record<ProjectChange, (f: ChangeFacts) => string>,
  unfollow: 'You receive this email because you follow this project; you can stop following it on its page.',
};

export type MailCopy = typeof en;

const fr: MailCopy = {
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  signOff: 'Bien cordialement,',
  open: 'À voir sur le portail :',
  openLabel: 'Ouvrir la page',
  ballotSubject: (campaign) => `Votre vote pour « ${campaign} » est enregistré`,
  ballotBody: (area, at) => [`Votre bulletin pour ${area} a été enregistré le ${at}. Un bulletin déposé est définitif.`, 'Vous avez choisi :'],
  ballotTotal: (total, budget) => `Total : ${total} sur un budget de ${budget}.`,
  changeSubject: (title) => `Du nouveau pour « ${title} »`,
  change: {
    published: (f) => `La proposition « ${f.title} » est publiée.`,
    rejected: (f) => `La proposition « ${f.title} » n’a pas été publiée. ${f.note}`,
    merged: (f) => `La proposition « ${f.title} » a été regroupée dans le projet « ${f.mergedInto} », que vous suivez désormais.`,
    on_ballot: (f) => `« ${f.title} » a été jugé réalisable et sera soumis au vote.`,
    unfeasible: (f) => `« ${f.title} » a été jugé non réalisable. ${f.note}`,
    funded: (f) => `« ${f.title} » sera financé : il a reçu ${f.votes} voix.`,
    not_funded: (f) => `« ${f.title} » n’a pas été retenu cette fois (${f.votes} voix).`,
    'delivery.not_started': (f) => `Les travaux de « ${f.title} » n’ont pas encore commencé. ${f.note}`,
    'delivery.design': (f) => `« ${f.title} » est en cours de conception. ${f.note}`,
    'delivery.works': (f) => `Les travaux de « ${f.title} » ont commencé. ${f.note}`,
    'delivery.delivered': (f) => `« ${f.title} » est réalisé. ${f.note}`,
    'delivery.abandoned': (f) => `« ${f.title} » a été abandonné. ${f.note}`,
  },
  unfollow: 'Vous recevez ce message car vous suivez ce projet ; vous pouvez cesser de le suivre depuis sa page.',
};

const hu: MailCopy = {
  greeting: (name) => (name ? `Kedves ${name}!` : 'Tisztelt Lakó!'),
  signOff: 'Üdvözlettel:',
  open: 'Megtekintés a portálon:',
  openLabel: 'Az oldal megnyitása',
  ballotSubject: (campaign) => `Szavazatát rögzítettük: „${campaign}”`,
  ballotBody: (area, at) => [`A(z) ${area} területre leadott szavazólapját ${at} időpontban rögzítettük. A leadott szavazat végleges.`, 'Az Ön választása:'],
  ballotTotal: (total, budget) => `Összesen: ${total}, a keret ${budget}.`,
  changeSubject: (title) => `Hír a(z) „${title}” projektről`,
  change: {
    published: (f) => `A(z) „${f.title}” javaslat megjelent.`,
    rejected: (f) => `A(z) „${f.title}” javaslat nem jelent meg. ${f.note}`,
    merged: (f) => `A(z) „${f.title}” javaslatot összevontuk a(z) „${f.mergedInto}” projektbe, amelyet mostantól Ön is követ.`,
    on_ballot: (f) => `A(z) „${f.title}” megvalósíthatónak bizonyult, és felkerül a szavazólapra.`,
    unfeasible: (f) => `A(z) „${f.title}” nem megvalósítható. ${f.note}`,
    funded: (f) => `A(z) „${f.title}” megvalósul: ${f.votes} szavazatot kapott.`,
    not_funded: (f) => `A(z) „${f.title}” ezúttal nem nyert (${f.votes} szavazat).`,
    'delivery.not_started': (f) => `A(z) „${f.title}” megvalósítása még nem kezdődött el. ${f.note}`,
    'delivery.design': (f) => `A(z) „${f.title}” tervezése folyamatban van. ${f.note}`,
    'delivery.works': (f) => `A(z) „${f.title}” kivitelezése megkezdődött. ${f.note}`,
    'delivery.delivered': (f) => `A(z) „${f.title}” elkészült. ${f.note}`,
    'delivery.abandoned': (f) => `A(z) „${f.title}” megvalósítása elmarad. ${f.note}`,
  },
  unfollow: 'Azért kapja ezt a levelet, mert követi ezt a projektet; a projekt oldalán leiratkozhat.',
};

const es: MailCopy = {
  greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  signOff: 'Atentamente,',
  open: 'Véalo en el portal:',
  openLabel: 'Abrir la página',
  ballotSubject: (campaign) => `Su voto en «${campaign}» está registrado`,
  ballotBody: (area, at) => [`Su papeleta para ${area} se registró el ${at}. Una papeleta enviada es definitiva.`, 'Usted eligió:'],
  ballotTotal: (total, budget) => `Total: ${total} de un presupuesto de ${budget}.`,
  changeSubject: (title) => `Novedades de «${title}»`,
  change: {
    published: (f) => `La propuesta «${f.title}» ya está publicada.`,
    rejected: (f) => `La propuesta «${f.title}» no se ha publicado. ${f.note}`,
    merged: (f) => `La propuesta «${f.title}» se ha unido al proyecto «${f.mergedInto}», que ahora usted sigue.`,
    on_ballot: (f) => `«${f.title}» se consideró viable y estará en la papeleta.`,
    unfeasible: (f) => `«${f.title}» se consideró no viable. ${f.note}`,
    funded: (f) => `«${f.title}» será financiado: recibió ${f.votes} voto(s).`,
    not_funded: (f) => `«${f.title}» no ha sido financiado esta vez (${f.votes} voto[s]).`,
    'delivery.not_started': (f) => `Las obras de «${f.title}» aún no han comenzado. ${f.note}`,
    'delivery.design': (f) => `«${f.title}» está en fase de diseño. ${f.note}`,
    'delivery.works': (f) => `Han comenzado las obras de «${f.title}». ${f.note}`,
    'delivery.delivered': (f) => `«${f.title}» ya está terminado. ${f.note}`,
    'delivery.abandoned': (f) => `«${f.title}» ha sido abandonado. ${f.note}`,
  },
  unfollow: 'Recibe este correo porque sigue este proyecto; puede dejar de seguirlo desde su página.',
};

const copies: Record<string, MailCopy> = { en, fr, hu, es };

export const mailCopyFor = (locale: string) => copies[locale] ?? en;
