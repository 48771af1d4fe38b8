import { Role } from '@bridgeway/shared-domain';

/** The demo consortium's partner organisations (tenants) and their staff; people's names are invented. */
export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
}

export interface DemoOrganisation {
  id: string;
  slug: string;
  name: string;
  country: string;
  users: DemoUser[];
}

export const DEMO_PASSWORD = 'bridgeway-demo';

const most = (letter: string, city: string, id: string, extra: DemoUser[] = []): DemoOrganisation => ({
  id,
  slug: `most-${letter.toLowerCase()}`,
  name: `Skupnost MOST ${letter} (${city})`,
  country: 'SI',
  users: [{ email: `manager.${letter.toLowerCase()}@most.demo`, displayName: `Manager ${letter}`, role: Role.MANAGER }, ...extra],
});

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  most('A', 'Ljubljana', '0a000000-0000-4000-8000-00000000000a', [
    { email: 'counsellor.a@most.demo', displayName: 'Maja Novak', role: Role.COUNSELLOR },
    { email: 'counsellor.a2@most.demo', displayName: 'Tomaž Kranjc', role: Role.COUNSELLOR },
    { email: 'coordinator@most.demo', displayName: 'Nina Zupan', role: Role.CONSORTIUM_COORDINATOR },
    { email: 'groupleader.a@most.demo', displayName: 'Rok Vidmar', role: Role.GROUP_LEADER },
  ]),
  most('B', 'Maribor', '0b000000-0000-4000-8000-00000000000b', [
    { email: 'counsellor.b@most.demo', displayName: 'Petra Golob', role: Role.COUNSELLOR },
    { email: 'groupleader.b@most.demo', displayName: 'Urška Potočnik', role: Role.GROUP_LEADER },
  ]),
  most('C', 'Koper', '0c000000-0000-4000-8000-00000000000c', [
    { email: 'counsellor.c@most.demo', displayName: 'Luka Horvat', role: Role.COUNSELLOR },
    { email: 'groupleader.c@most.demo', displayName: 'Tjaša Mlakar', role: Role.GROUP_LEADER },
  ]),
  most('D', 'Celje', '0d000000-0000-4000-8000-00000000000d', [
    { email: 'counsellor.d@most.demo', displayName: 'Ana Kos', role: Role.COUNSELLOR },
    { email: 'groupleader.d@most.demo', displayName: 'Gregor Zajc', role: Role.GROUP_LEADER },
  ]),
  {
    id: '1a000000-0000-4000-8000-000000000001',
    slug: 'rot',
    name: 'R.O.T – Recovery og Tilfriskning',
    country: 'NO',
    users: [
      { email: 'manager@rot.demo', displayName: 'Kari Nordmann', role: Role.MANAGER },
      { email: 'veileder@rot.demo', displayName: 'Ola Hansen', role: Role.COUNSELLOR },
      { email: 'gruppeleder@rot.demo', displayName: 'Ingrid Berg', role: Role.GROUP_LEADER },
    ],
  },
  {
    id: '1b000000-0000-4000-8000-000000000002',
    slug: 'ivareta',
    name: 'Ivareta',
    country: 'NO',
    users: [
      { email: 'manager@ivareta.demo', displayName: 'Silje Johansen', role: Role.MANAGER },
      { email: 'veileder@ivareta.demo', displayName: 'Lars Nilsen', role: Role.COUNSELLOR },
      { email: 'gruppeleder@ivareta.demo', displayName: 'Marte Solberg', role: Role.GROUP_LEADER },
    ],
  },
  {
    id: '1c000000-0000-4000-8000-000000000003',
    slug: 'a-larm',
    name: 'A-LARM',
    country: 'NO',
    users: [
      { email: 'manager@a-larm.demo', displayName: 'Anders Larsen', role: Role.MANAGER },
      { email: 'veileder@a-larm.demo', displayName: 'Hanne Dahl', role: Role.COUNSELLOR },
      { email: 'gruppeleder@a-larm.demo', displayName: 'Jonas Bakke', role: Role.GROUP_LEADER },
    ],
  },
];
