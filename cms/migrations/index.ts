import * as migration_20261122_123746_initial from './20261122_123746_initial';
import * as migration_20261129_054654_crisis_help from './20261129_054654_crisis_help';
import * as migration_20261129_074357_i14_staff_workspace from './20261129_074357_i14_staff_workspace';

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
    up: migration_20261129_074357_i14_staff_workspace.up,
    down: migration_20261129_074357_i14_staff_workspace.down,
    name: '20261129_074357_i14_staff_workspace'
  },
];
