import { cookies } from 'next/headers';
import { OrgList, RoleEditor, RosterRemoteProvider, UserTable } from 'react-roster';
import { demoAdmin, DEMO_SESSION_COOKIE } from '../lib/demoSession';
import { firstMember } from '../lib/directory';
import { DemoSignIn } from './DemoSignIn';

// A Server Component: Roster's components arrive as client components, configured by plain props.
export default async function UsersPage({ searchParams }: { searchParams: Promise<{ user?: string }> }) {
  const admin = demoAdmin((await cookies()).get(DEMO_SESSION_COOKIE)?.value);
  if (!admin) return <DemoSignIn />;
  const userId = (await searchParams).user ?? (await firstMember(admin.organizationId));
  return (
    <main>
      <DemoSignIn current={admin} />
      <RosterRemoteProvider baseUrl="/api/roster" scope={admin.id}>
        <UserTable organizationId={admin.organizationId} />
        <RoleEditor userId={userId} organizationId={admin.organizationId} />
        <OrgList userId={userId} />
      </RosterRemoteProvider>
    </main>
  );
}
