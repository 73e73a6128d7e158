import type { BuiltModuleDefinitionInput } from './definition-schema.ts';

/**
 * Budapest's "Terrace permit requests", as its staff built it: the example the docs, tests and
 * demo seed share. Cafés and restaurants ask for a permit to put tables on the pavement.
 */
export const terracePermitsExample: BuiltModuleDefinitionInput = {
  schemaVersion: 1,
  id: 'terrace-permits',
  locales: ['hu', 'en'],
  name: { hu: 'Teraszengedély-kérelmek', en: 'Terrace permit requests' },
  description: {
    hu: 'Vendéglátóhelyek közterületi teraszengedélyt kérhetnek, és követhetik a kérelem elbírálását.',
    en: 'Cafés and restaurants request a permit for a pavement terrace and follow the decision.',
  },
  category: 'services',
  author: 'budapest',
  privacy: {
    hu: 'A kérelmező nevét, e-mail-címét és telefonszámát a kérelem elbírálásához és az értesítésekhez tároljuk. A jóváhagyott engedélyek helyszíne és időszaka nyilvános.',
    en: "We keep the applicant's name, email and phone number to decide the request and to write to them. The place and dates of approved permits are public.",
  },
  permissions: [
    { verb: 'review', description: { hu: 'Kérelmek átvétele és vizsgálata', en: 'Take up and review requests' }, defaultRoles: ['moderator', 'admin'] },
    { verb: 'decide', description: { hu: 'Kérelmek jóváhagyása vagy elutasítása', en: 'Approve or reject requests' }, defaultRoles: ['admin'] },
  ],
  entityTypes: [
    {
      key: 'permit',
      label: { hu: 'Teraszengedély-kérelem', en: 'Terrace permit request' },
      fields: [
        { key: 'applicant', type: 'submitter', label: { hu: 'Benyújtó', en: 'Submitted by' } },
        { key: 'businessName', type: 'shortText', required: true, maxLength: 120, label: { hu: 'Vendéglátóhely neve', en: 'Name of the business' } },
        { key: 'contactName', type: 'shortText', required: true, maxLength: 120, label: { hu: 'Kapcsolattartó neve', en: 'Contact person' } },
        { key: 'email', type: 'email', required: true, label: { hu: 'E-mail-cím', en: 'Email address' } },
        { key: 'phone', type: 'phone', label: { hu: 'Telefonszám', en: 'Phone number' } },
        {
          key: 'district',
          type: 'singleChoice',
          required: true,
          label: { hu: 'Kerület', en: 'District' },
          options: [
            { value: 'd5', label: { hu: 'V. kerület', en: 'District V' } },
            { value: 'd6', label: { hu: 'VI. kerület', en: 'District VI' } },
            { value: 'd7', label: { hu: 'VII. kerület', en: 'District VII' } },
            { value: 'd8', label: { hu: 'VIII. kerület', en: 'District VIII' } },
            { value: 'other', label: { hu: 'Más kerület', en: 'Another district' } },
          ],
        },
        {
          key: 'location',
          type: 'address',
          required: true,
          mapPoint: 'optional',
          label: { hu: 'A terasz helye', en: 'Where the terrace would be' },
          help: { hu: 'Utca és házszám; ha tudja, jelölje meg a térképen.', en: 'Street and number; mark it on the map if you can.' },
        },
        { key: 'areaSquareMetres', type: 'number', required: true, min: 1, max: 200, decimals: 1, label: { hu: 'Terület', en: 'Area' }, unit: { hu: 'm²', en: 'm²' } },
        { key: 'seats', type: 'number', required: true, min: 1, max: 300, label: { hu: 'Ülőhelyek száma', en: 'Number of seats' } },
        { key: 'startDate', type: 'date', required: true, label: { hu: 'Kezdő nap', en: 'First day' } },
        { key: 'endDate', type: 'date', required: true, label: { hu: 'Utolsó nap', en: 'Last day' } },
        {
          key: 'heaters',
          type: 'yesNo',
          label: { hu: 'Teraszfűtőt is használna?', en: 'Will you use outdoor heaters?' },
        },
        {
          key: 'heaterCount',
          type: 'number',
          required: true,
          min: 1,
          max: 20,
          label: { hu: 'Fűtők száma', en: 'How many heaters' },
          visibleWhen: { field: 'heaters', operator: 'equals', value: true },
        },
        {
          key: 'photo',
          type: 'photo',
          required: true,
          maxFiles: 3,
          maxSizeBytes: 8 * 1024 * 1024,
          label: { hu: 'Fénykép a helyszínről', en: 'Photo of the place' },
        },
        { key: 'notes', type: 'longText', maxLength: 2000, label: { hu: 'Megjegyzés', en: 'Anything else' } },
        {
          key: 'consent',
          type: 'yesNo',
          required: true,
          mustBeYes: true,
          label: { hu: 'Kijelentem, hogy az adatok helyesek.', en: 'I confirm the details are correct.' },
        },
        { key: 'inspectorNotes', type: 'longText', visibility: 'staff', label: { hu: 'Helyszíni szemle', en: 'Inspection notes' } },
      ],
      workflow: {
        initial: 'submitted',
        states: [
          {
            key: 'submitted',
            label: { hu: 'Beérkezett', en: 'Submitted' },
            dueInDays: 5,
            email: {
              subject: { hu: 'Megkaptuk a kérelmét ({{reference}})', en: 'We have your request ({{reference}})' },
              body: {
                hu: 'Köszönjük! {{city}} megkapta a teraszengedély-kérelmét. Állapota itt követhető: {{link}}',
                en: 'Thank you. {{city}} has received your terrace permit request. Follow it here: {{link}}',
              },
            },
          },
          { key: 'underReview', label: { hu: 'Elbírálás alatt', en: 'Under review' }, dueInDays: 15 },
          {
            key: 'approved',
            label: { hu: 'Jóváhagyva', en: 'Approved' },
            terminal: true,
            email: {
              subject: { hu: 'Teraszengedélyét jóváhagytuk ({{reference}})', en: 'Your terrace permit is approved ({{reference}})' },
              body: { hu: 'Kérelmét jóváhagytuk. {{comment}}', en: 'Your request is approved. {{comment}}' },
            },
          },
          {
            key: 'rejected',
            label: { hu: 'Elutasítva', en: 'Rejected' },
            terminal: true,
            email: {
              subject: { hu: 'Döntés a kérelméről ({{reference}})', en: 'Decision on your request ({{reference}})' },
              body: { hu: 'Kérelmét sajnos elutasítottuk. Indoklás: {{comment}}', en: 'We could not approve your request. Reason: {{comment}}' },
            },
          },
        ],
        transitions: [
          { key: 'startReview', label: { hu: 'Vizsgálat megkezdése', en: 'Start the review' }, from: ['submitted'], to: 'underReview', permission: 'review' },
          { key: 'approve', label: { hu: 'Jóváhagyás', en: 'Approve' }, from: ['underReview'], to: 'approved', permission: 'decide', comment: 'optional' },
          { key: 'reject', label: { hu: 'Elutasítás', en: 'Reject' }, from: ['submitted', 'underReview'], to: 'rejected', permission: 'decide', comment: 'required' },
        ],
      },
    },
  ],
  forms: [
    {
      key: 'request',
      entityType: 'permit',
      title: { hu: 'Teraszengedély kérése', en: 'Request a terrace permit' },
      intro: { hu: 'A kérelmet legalább 30 nappal a kezdés előtt nyújtsa be.', en: 'Send the request at least 30 days before the first day.' },
      submitters: 'verifiedResident',
      frequency: 'many',
      confirmation: {
        hu: 'Köszönjük, megkaptuk a kérelmét. E-mailben értesítjük a döntésről.',
        en: 'Thank you, we have your request. We will email you the decision.',
      },
    },
  ],
  pages: [
    {
      kind: 'list',
      key: 'approved',
      entityType: 'permit',
      title: { hu: 'Engedélyezett teraszok', en: 'Approved terraces' },
      audience: 'public',
      columns: ['businessName', 'district', 'startDate', 'endDate'],
      filters: ['district', 'startDate'],
      states: ['approved'],
      pageSize: 20,
      detailFields: ['businessName', 'district', 'location', 'seats', 'startDate', 'endDate'],
    },
    { kind: 'mine', key: 'mine', entityType: 'permit', title: { hu: 'Kérelmeim', en: 'My requests' } },
  ],
  settings: [
    { kind: 'choiceOptions', entityType: 'permit', field: 'district' },
    { kind: 'stateEmail', entityType: 'permit', state: 'approved' },
    { kind: 'stateEmail', entityType: 'permit', state: 'rejected' },
    { kind: 'formConfirmation', form: 'request' },
  ],
};
