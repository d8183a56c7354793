// The activity cursor's arithmetic on answers Descope might give but the emulator does not: a
// `to` read inclusively (records of the cursor's next millisecond come back), a short answer.
import { activitySearchBody, readActivityPage } from '../../../src/adapters/descope/activity.js';

const USER = 'U2someone';
const record = (occurred: number, ID: string, action = 'LoginSucceed') => ({ userId: USER, action, occurred: String(occurred), ID });

describe('Descope activity paging', () => {
  it('drops records newer than the cursor and those of its millisecond already shown, whichever way `to` is read', () => {
    const request = activitySearchBody(USER, { page: { size: 2, cursor: 'dsa.' + (1000).toString(36) + '.1' } });
    expect(request.body).toMatchObject({ to: 1001, size: 4 });
    // An inclusive `to` returns the record at 1001 too; the first record of 1000 was on the last page.
    const answer = { audits: [record(1001, 'newer'), record(1000, 'shown'), record(1000, 'next'), record(999, 'older'), record(998, 'oldest')] };
    const page = readActivityPage(answer, USER, request);
    expect(page.items.map((e) => e.id)).toEqual(['a.next', 'a.older']);
    expect(page.nextCursor).toBe('dsa.' + (999).toString(36) + '.1');
  });

  it('counts a millisecond’s records from its first when the page ends inside it', () => {
    const request = activitySearchBody(USER, { page: { size: 2 } });
    const answer = { audits: [record(5, 'a'), record(4, 'b'), record(4, 'c'), record(4, 'd')] };
    const page = readActivityPage(answer, USER, request);
    expect(page.items.map((e) => e.id)).toEqual(['a.a', 'a.b']);
    expect(page.nextCursor).toBe('dsa.4.1');
  });

  it('ends when Descope answers fewer records than asked for', () => {
    const request = activitySearchBody(USER, { page: { size: 3 } });
    const page = readActivityPage({ audits: [record(3, 'x'), record(2, 'y')] }, USER, request);
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
    expect(() => readActivityPage({}, USER, request)).toThrow(expect.objectContaining({ code: 'bad_response' }));
  });

  it('offers one more page when the answer was full, even if it held no more than the page', () => {
    const request = activitySearchBody(USER, { page: { size: 2, cursor: 'dsa.a.1' } });
    // Four asked for: the inclusive 11 and the shown 10 take two places.
    const page = readActivityPage({ audits: [record(11, 'n'), record(10, 's'), record(9, 'p'), record(8, 'q')] }, USER, request);
    expect(page.items.map((e) => e.id)).toEqual(['a.p', 'a.q']);
    expect(page.nextCursor).toBe('dsa.8.1');
  });

  it('leaves out actions that are not activity, and orders an answer newest first', () => {
    const request = activitySearchBody(USER, { page: { size: 5 } });
    const page = readActivityPage({ audits: [record(1, 'old'), record(3, 'started', 'LoginStarted'), record(2, 'new')] }, USER, request);
    expect(page.items.map((e) => e.id)).toEqual(['a.new', 'a.old']);
  });
});
