import * as migration_20261122_123746_initial from './20261122_123746_initial';
import * as migration_20261129_054654_crisis_help from './20261129_054654_crisis_help';
import * as migration_20261129_062339_i12_content_second_edition from './20261129_062339_i12_content_second_edition';
import * as migration_20261129_092418_contact_staff_processes from './20261129_092418_contact_staff_processes';

export const migrations = [
  {
    up: migration_20261122_123746_initial.up,
    down: migration_20261122_123746_initial.down,
    name: '20261122_123746_initial',
  },
  {
    up: migration_20261129_054654_crisis_help.up,
    down: migration_20261129_054654_crisis_help.down,
    name: '20261129_054654_crisis_help',
  },
  {
    up: migration_20261129_062339_i12_content_second_edition.up,
    down: migration_20261129_062339_i12_content_second_edition.down,
    name: '20261129_062339_i12_content_second_edition',
  },
  {
    up: migration_20261129_092418_contact_staff_processes.up,
    down: migration_20261129_092418_contact_staff_processes.down,
    name: '20261129_092418_contact_staff_processes'
  },
];
