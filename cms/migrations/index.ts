import * as migration_20261122_123746_initial from './20261122_123746_initial';
import * as migration_20261129_054654_crisis_help from './20261129_054654_crisis_help';
import * as migration_20261129_062338_i16_many_processes from './20261129_062338_i16_many_processes';

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
    up: migration_20261129_062338_i16_many_processes.up,
    down: migration_20261129_062338_i16_many_processes.down,
    name: '20261129_062338_i16_many_processes'
  },
];
