/**
 * Custom attributes, as one user, whole needs them: the backend's definitions, an update that
 * changes only the keys it names, and values an attacker would try — kept as text, byte for byte,
 * and a key named `__proto__` that reaches no prototype.
 */
import { parseAttributeDefinitions, parseUser } from '../../core/validate.js';
import { check, checkEqual } from '../assert.js';
import { edits, HOSTILE_VALUES, LONG_VALUE, offers, ownUser, PROTO_PATCH, prototypePolluted } from './detailsKit.js';
import { isCode, type Check } from './kit.js';

export function attributeChecks(test: Check): void {
  test(
    'listAttributeDefinitions reports each custom attribute once, with a known type',
    async (adapter) => {
      // The parser refuses an unknown type, a key that is not text and an editable flag that is not a boolean.
      const definitions = parseAttributeDefinitions(await adapter.listAttributeDefinitions!());
      const keys = definitions.map((d) => d.key);
      checkEqual(keys.filter((key, i) => keys.indexOf(key) !== i), [], 'each custom attribute must be defined once');
      for (const d of definitions) if (d.options) checkEqual(new Set(d.options).size, d.options.length, `the options of “${d.key}” must each appear once`);
    },
    offers('attributeDefinitions'),
  );

  test(
    'updateUser with one custom attribute leaves the user’s other attributes as they were',
    async (adapter) => {
      const own = await ownUser(adapter);
      try {
        await adapter.updateUser!(own.user.id, { customAttributes: { rosterContractA: 'first', rosterContractB: 'kept' } });
        const before = parseUser(await adapter.getUser(own.user.id)).customAttributes;
        checkEqual([before.rosterContractA, before.rosterContractB], ['first', 'kept'], 'both custom attributes must read back');
        const answer = parseUser(await adapter.updateUser!(own.user.id, { customAttributes: { rosterContractA: 'second' } }));
        const read = parseUser(await adapter.getUser(own.user.id));
        for (const [where, attributes] of [['updateUser’s answer', answer.customAttributes], ['getUser', read.customAttributes]] as const) {
          checkEqual(attributes.rosterContractA, 'second', `${where}: the attribute updateUser named must change`);
          for (const key of Object.keys(before)) if (key !== 'rosterContractA') checkEqual(attributes[key], before[key], `${where}: updateUser({ customAttributes: { rosterContractA } }) must leave “${key}” as it was`);
        }
      } finally {
        await own.cleanup();
      }
    },
    edits('customAttributes'),
  );

  test(
    'hostile custom attribute values come back byte for byte, 10 kB too, and a key named __proto__ reaches no prototype',
    async (adapter) => {
      const own = await ownUser(adapter);
      const id = own.user.id;
      const checkValues = (attributes: Record<string, unknown>, when: string) => {
        for (const [key, value] of Object.entries(HOSTILE_VALUES)) {
          const back = attributes[key];
          check(back === value, `${when}: “${key}” must come back byte for byte (${value.length} characters sent, ${typeof back === 'string' ? `${back.length} characters` : typeof back} back)`);
        }
      };
      try {
        await adapter.updateUser!(id, { customAttributes: { ...HOSTILE_VALUES } });
        checkValues(parseUser(await adapter.getUser(id)).customAttributes, 'getUser');
        // A backend may cap a value's length (WorkOS: 600 characters), refusing what is longer; never cutting it.
        const long = await adapter.updateUser!(id, { customAttributes: { rosterContractLong: LONG_VALUE } }).then(
          () => true,
          (error: unknown) => {
            if (isCode('invalid_input')(error)) return false;
            throw error;
          },
        );
        const back = parseUser(await adapter.getUser(id)).customAttributes.rosterContractLong;
        if (long) check(back === LONG_VALUE, `getUser: a value of ${LONG_VALUE.length} characters must come back byte for byte (${typeof back === 'string' ? `${back.length} characters` : typeof back} back), or be refused with invalid_input`);
        else check(back === undefined, 'a refused value must not be stored, cut or otherwise');
        // Stored as a plain key, or refused: either way no object's prototype changes.
        let stored = true;
        await adapter.updateUser!(id, { customAttributes: PROTO_PATCH() }).catch((error: unknown) => {
          if (!isCode('invalid_input')(error)) throw error;
          stored = false;
        });
        check(!prototypePolluted(), 'updateUser with a custom attribute named __proto__ must not reach Object.prototype');
        const after = parseUser(await adapter.getUser(id)).customAttributes;
        check(!prototypePolluted(), 'reading a user with a custom attribute named __proto__ must not reach Object.prototype');
        check(after.polluted === undefined, 'a custom attribute named __proto__ must not become the prototype of the user’s attributes');
        if (stored) {
          check(Object.prototype.hasOwnProperty.call(after, '__proto__'), 'an accepted custom attribute named __proto__ must read back as a key of its own (or be refused with invalid_input)');
          checkEqual(after['__proto__'], { polluted: 'yes' }, 'the custom attribute named __proto__ must read back as sent');
        }
        checkValues(after, 'after the __proto__ update');
      } finally {
        prototypePolluted();
        await own.cleanup();
      }
    },
    edits('customAttributes'),
  );
}
