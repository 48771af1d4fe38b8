import { validateAddBeds, maxBedsToAdd, roomOf, NEW_ROOM } from '../src/admin/bed-changes';
import {
  bedsInDraft,
  createInputOf,
  emptyResidenceDraft,
  newRoom,
  nextRoomName,
  updateInputOf,
  validateResidence,
  type ResidenceDraft,
} from '../src/admin/residence-draft';
import type { BoardResidence } from '../src/residence-types';

const draft = (patch: Partial<ResidenceDraft>): ResidenceDraft => ({ ...emptyResidenceDraft(), name: 'Hiša Ljubljana', ...patch });

describe('the new residence form', () => {
  it('starts with one room of one bed and numbers added rooms after the highest', () => {
    const empty = emptyResidenceDraft();
    expect(empty.rooms.map(({ name, beds }) => ({ name, beds }))).toEqual([{ name: '1', beds: '1' }]);
    expect(nextRoomName([{ name: '1' }, { name: '4' }, { name: 'Attic' }])).toBe('5');
    expect(nextRoomName([{ name: 'Attic' }])).toBe('2');
  });

  it('asks for a name, rooms with different names and 1 to 20 beds each', () => {
    const rooms = [newRoom('1', '2'), newRoom(' 1 ', '0'), newRoom('', '21'), newRoom('Attic', '2.5')];
    expect(validateResidence(draft({ name: '  ', rooms }), true)).toEqual({
      name: 'required',
      'room.1.name': 'roomTaken',
      'room.1.beds': 'bedsRange',
      'room.2.name': 'required',
      'room.2.beds': 'bedsRange',
      'room.3.beds': 'bedsRange',
    });
    expect(validateResidence(draft({ rooms: [newRoom('1', '2'), newRoom('2', '1')] }), true)).toEqual({});
  });

  it('refuses more than 200 beds in all, and a date that is not one', () => {
    const rooms = Array.from({ length: 11 }, (_, i) => newRoom(String(i + 1), '20'));
    expect(bedsInDraft(rooms)).toBe(220);
    expect(validateResidence(draft({ rooms, openedOn: '2026-02-30' }), true)).toEqual({ rooms: 'capacityRange', openedOn: 'dateInvalid' });
  });

  it('does not check rooms when editing (beds are added and retired one room at a time)', () => {
    expect(validateResidence(draft({ rooms: [] }), false)).toEqual({});
  });

  it('sends the capacity as the sum of the rooms, and blank texts as null', () => {
    const input = createInputOf(draft({ name: ' Hiša ', address: '  ', rooms: [newRoom('1', '2'), newRoom(' 2 ', '3')] }));
    expect(input).toEqual({ name: 'Hiša', address: null, openedOn: null, capacity: 5, rooms: [{ name: '1', beds: 2 }, { name: '2', beds: 3 }] });
    expect(updateInputOf('h1', draft({ address: 'Trubarjeva 1', openedOn: '' }))).toEqual({ id: 'h1', name: 'Hiša Ljubljana', address: 'Trubarjeva 1', openedOn: null });
  });
});

describe('adding beds', () => {
  const residence = { id: 'h1', capacity: 195, beds: [{ room: '1' }, { room: '1' }, { room: '2' }] } as unknown as BoardResidence;

  it('goes to a chosen room or a new one with a name', () => {
    expect(roomOf({ room: '2', newRoom: 'x', count: '1' })).toBe('2');
    expect(roomOf({ room: NEW_ROOM, newRoom: ' Attic ', count: '1' })).toBe('Attic');
    expect(validateAddBeds({ room: NEW_ROOM, newRoom: ' ', count: '1' }, residence)).toEqual({ room: 'required' });
  });

  it('allows at most what keeps the residence within 200 beds', () => {
    expect(maxBedsToAdd(residence)).toBe(5);
    expect(validateAddBeds({ room: '1', newRoom: '', count: '6' }, residence)).toEqual({ count: 'bedsRange' });
    expect(validateAddBeds({ room: '1', newRoom: '', count: '5' }, residence)).toEqual({});
    expect(validateAddBeds({ room: '1', newRoom: '', count: '1' }, { ...residence, capacity: 200 })).toEqual({ count: 'capacityRange' });
  });
});
