import { parseRoleId, projectRoleId, tenantRoleId } from '../../../src/adapters/descope/index.js';
import { roleNamesForScope } from '../../../src/adapters/descope/roleIds.js';

describe('Descope role ids', () => {
  it('keeps project role names as they are and qualifies tenant roles by tenant', () => {
    expect(projectRoleId('Billing manager')).toBe('Billing manager');
    expect(tenantRoleId('T2 a/b', 'Site lead')).toBe('tenant/T2%20a%2Fb/Site%20lead');
    expect(parseRoleId('Billing manager')).toEqual({ name: 'Billing manager', tenantId: null });
    expect(parseRoleId('tenant/T2%20a%2Fb/Site%20lead')).toEqual({ name: 'Site lead', tenantId: 'T2 a/b' });
  });

  it('never reads one id two ways, even for project roles named like tenant ids', () => {
    const names = ['tenant/T1/Admin', 'project/x', 'a/b', 'Admin', '100%'];
    for (const name of names) expect(parseRoleId(projectRoleId(name))).toEqual({ name, tenantId: null });
    const ids = [...names.map(projectRoleId), tenantRoleId('T1', 'Admin'), tenantRoleId('T2', 'Admin')];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects ids that are not Descope role ids as invalid_input', () => {
    for (const id of ['', 'tenant/', 'tenant/T1', 'tenant/T1/a/b', 'tenant//Admin', 'tenant/%E0%A4%A/Admin', 'project/']) {
      expect(() => parseRoleId(id), id).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    }
  });

  it('allows a tenant role only in its own tenant', () => {
    expect(roleNamesForScope(['Admin', 'tenant/T1/Approver'], 'T1')).toEqual(['Admin', 'Approver']);
    expect(() => roleNamesForScope(['tenant/T1/Approver'], 'T2')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => roleNamesForScope(['tenant/T1/Approver'], null)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
