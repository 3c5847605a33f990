import * as migration_20261122_123746_initial from './20261122_123746_initial';
import * as migration_20261129_054654_crisis_help from './20261129_054654_crisis_help';
import * as migration_20261129_061658_i10_contact from './20261129_061658_i10_contact';

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
    up: migration_20261129_061658_i10_contact.up,
    down: migration_20261129_061658_i10_contact.down,
    name: '20261129_061658_i10_contact'
  },
];
