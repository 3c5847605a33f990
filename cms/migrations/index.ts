import * as migration_20261122_120612_initial from './20261122_120612_initial';

export const migrations = [
  {
    up: migration_20261122_120612_initial.up,
    down: migration_20261122_120612_initial.down,
    name: '20261122_120612_initial'
  },
];
