import type { Field, GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { isEditorField } from '../access/isEditorField';
import { isEditorOrCounsellor } from '../access/isEditorOrCounsellor';
import { CHANNEL_OPTIONS, channelNote, openingHours } from './helplineFields';
import { invalidateGlobalPages } from './hooks/invalidateGlobalPages';

/** Fields only editors change; counsellors see them read-only. A row passes it to its fields. */
function forEditors(field: Field): Field {
  if (field.type === 'row') return { ...field, fields: field.fields.map(forEditors) };
  return { ...field, access: { ...('access' in field ? field.access : {}), update: isEditorField } } as Field;
}

const validateTelHref = (value: unknown) =>
  typeof value === 'string' && /^tel:\+?[0-9]{3,15}$/.test(value) ? true : 'Schrijf de link als tel: met alleen cijfers, bijvoorbeeld tel:08002666436.';

const validateChatUrl = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && /^https:\/\/[^\s/]+\.[^\s]+$/.test(value) && value.length <= 300)
    ? true
    : 'Gebruik het volledige https-adres van de chat, bijvoorbeeld https://chat.voorbeeld.nl/start.';

/**
 * How to reach the helpline, channel by channel: phone, chat (an external chat service) and
 * the contact form, each with opening slots per weekday, closed dates and a note. Every public
 * page shows them; whether a channel is open now is computed in the visitor's browser in
 * Europe/Amsterdam time, and a link is only offered while it can be used. Editors keep phone
 * and chat up to date; counsellors the contact form (its answer time above all).
 */
export const Helpline: GlobalConfig = {
  slug: 'helpline',
  label: { nl: 'Hulplijn', en: 'Helpline' },
  admin: {
    group: { nl: 'Instellingen', en: 'Settings' },
    description: {
      nl: 'Telefoon, chat en contactformulier, met openingstijden. Let op: de tijden die bij de installatie zijn ingevuld zijn VOORBEELDEN. Controleer ze voordat de site live gaat.',
      en: 'Phone, chat and contact form with opening hours. The seeded hours are EXAMPLES: check them before going live.',
    },
  },
  access: { read: anyone, update: isEditorOrCounsellor },
  hooks: { afterChange: [invalidateGlobalPages] },
  fields: [
    forEditors({
      name: 'hoursAreExamples',
      type: 'checkbox',
      defaultValue: true,
      label: { nl: 'De openingstijden zijn nog voorbeelden', en: 'The opening hours are still examples' },
      admin: { description: { nl: 'Zet dit uit als de echte tijden zijn ingevuld.', en: 'Untick once the real hours are entered.' } },
    }),
    {
      type: 'tabs',
      tabs: [
        {
          label: { nl: 'Telefoon', en: 'Phone' },
          fields: [
            forEditors({
              type: 'row',
              fields: [
                { name: 'phone', type: 'text', required: true, maxLength: 30, label: { nl: 'Telefoonnummer (zoals getoond)', en: 'Phone (as shown)' } },
                {
                  name: 'phoneHref',
                  type: 'text',
                  required: true,
                  maxLength: 40,
                  label: { nl: 'Link om te bellen', en: 'Call link' },
                  admin: { description: { nl: 'Bijvoorbeeld tel:08002666436', en: 'E.g. tel:08002666436' } },
                  validate: validateTelHref,
                },
              ],
            }),
            forEditors(openingHours('phoneHours', 'Wanneer de telefoon wordt opgenomen, in Nederlandse tijd. Meerdere tijdvakken op één dag mogen.')),
            forEditors(channelNote('phoneNote', 'Je hoeft je naam niet te noemen.')),
          ],
        },
        {
          label: { nl: 'Chat', en: 'Chat' },
          description: { nl: 'De chat staat pas op de site als hier een adres is ingevuld. Buiten de openingstijden is de link niet aan te klikken.', en: 'Shown only with an address, and only clickable while open.' },
          fields: [
            forEditors({
              name: 'chatUrl',
              type: 'text',
              maxLength: 300,
              label: { nl: 'Adres van de chat', en: 'Chat address' },
              admin: { description: { nl: 'Het https-adres van de chatdienst van de hulplijn. Leeg: geen chat op de site.', en: 'The https address of the chat service. Empty: no chat on the site.' } },
              validate: validateChatUrl,
            }),
            forEditors(openingHours('chatHours', 'Wanneer er iemand in de chat zit, in Nederlandse tijd.')),
            forEditors(channelNote('chatNote', 'Je ziet eerst een korte wachtrij.')),
          ],
        },
        {
          label: { nl: 'Contactformulier', en: 'Contact form' },
          description: {
            nl: 'Het formulier op /contact kan altijd worden verstuurd. Hulpverleners kunnen deze tab zelf aanpassen.',
            en: 'The form at /contact can always be sent. Counsellors may edit this tab.',
          },
          fields: [
            {
              name: 'contactFormEnabled',
              type: 'checkbox',
              defaultValue: true,
              label: { nl: 'Het contactformulier staat aan', en: 'The contact form is on' },
              admin: { description: { nl: 'Zet dit alleen uit als niemand de berichten kan lezen. Lopende gesprekken blijven te openen.', en: 'Existing conversations stay open.' } },
            },
            {
              name: 'contactAnswerTime',
              type: 'text',
              required: true,
              maxLength: 160,
              defaultValue: 'We antwoorden meestal binnen twee werkdagen.',
              label: { nl: 'Wanneer mensen antwoord kunnen verwachten', en: 'Expected answer time' },
              admin: { description: { nl: 'Staat bij het formulier en in het gesprek. Pas het aan als het drukker is, of in de vakantie.', en: 'Shown with the form and the conversation.' } },
            },
            openingHours('contactHours', 'Wanneer we berichten lezen (optioneel). Versturen kan altijd.'),
            channelNote('contactNote', 'Ook anoniem, zonder e-mailadres.'),
          ],
        },
        {
          label: { nl: 'Gesloten dagen', en: 'Closed days' },
          fields: [
            forEditors({
              name: 'closedDates',
              type: 'array',
              label: { nl: 'Gesloten dagen', en: 'Closed days' },
              admin: { description: { nl: 'Feestdagen en andere dagen waarop we dicht zijn. Kies welke kanalen dicht zijn.', en: 'Holidays and other closed days, per channel.' } },
              maxRows: 100,
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } }, label: { nl: 'Datum', en: 'Date' } },
                    { name: 'label', type: 'text', maxLength: 80, label: { nl: 'Omschrijving', en: 'Label' } },
                    {
                      name: 'channels',
                      type: 'select',
                      hasMany: true,
                      required: true,
                      defaultValue: CHANNEL_OPTIONS.map((o) => o.value),
                      options: CHANNEL_OPTIONS,
                      label: { nl: 'Dicht', en: 'Closed' },
                    },
                  ],
                },
              ],
            }),
            forEditors({
              name: 'closedNote',
              type: 'textarea',
              maxLength: 600,
              label: { nl: 'Tekst als telefoon en chat dicht zijn', en: 'Note when phone and chat are closed' },
              defaultValue: 'We zijn nu gesloten. Je kunt wel verder met de anonieme zelfhulp, of ons een bericht sturen.',
              admin: { description: { nl: 'Onder de tekst staan vanzelf links naar de zelfhulp, het contactformulier en 113.', en: 'Links to the course, the form and 113 follow automatically.' } },
            }),
          ],
        },
      ],
    },
  ],
};
