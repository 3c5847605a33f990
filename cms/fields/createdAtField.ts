import type { DateField } from 'payload';

/**
 * The creation time as a list column with a Dutch label, shown in Dutch time (Payload adds
 * `createdAt` itself; declaring it only changes how the admin shows it).
 */
export function createdAtField(label: string): DateField {
  return {
    name: 'createdAt',
    type: 'date',
    index: true,
    label: { nl: label, en: 'Created' },
    admin: {
      readOnly: true,
      disableBulkEdit: true,
      hidden: true,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' },
      components: { Cell: '/components/AmsterdamDateCell#AmsterdamDateCell' },
    },
  };
}
