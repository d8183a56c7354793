/**
 * The import's own sending: one create per ready row, and never a second create for a row whose
 * user exists. Where the backend creates and then joins in two calls, a failed join leaves a user
 * that exists outside the organization: sending that row again only joins.
 */
import type { CreateUserInput, Organization, User } from './model.js';
import type { ImportPreviewRow } from './userImportValidate.js';
import { createTaskRun, type TaskRun, type TaskRunOptions } from './userImportRun.js';

export interface ImportJob {
  /** The row of the file, for the results. */
  row: number;
  input: CreateUserInput;
  organization: Pick<Organization, 'id' | 'name'> | null;
}

export interface ImportWrites {
  createUser(input: CreateUserInput): Promise<User>;
  joinOrganization(userId: string, organization: Pick<Organization, 'id' | 'name'>, roleIds: string[]): Promise<void>;
  /** The user a failed create made all the same (created, then the join failed); null otherwise. */
  createdUserOf(error: unknown): User | null;
}

export interface ImportRun {
  jobs: readonly ImportJob[];
  run: TaskRun<User>;
  /** The user a row created that is not in its organization yet, while the join has failed. */
  createdNotJoined(index: number): User | undefined;
}

/** The rows that will be sent: no problem of their own, and not a user that exists already. */
export function importJobs(rows: readonly ImportPreviewRow[], exists: (emailKey: string) => boolean): ImportJob[] {
  return rows.flatMap((r) => (r.input && !exists(r.emailKey) ? [{ row: r.row, input: r.input, organization: r.organization }] : []));
}

export function createImportRun(jobs: readonly ImportJob[], writes: ImportWrites, options: Omit<TaskRunOptions<User>, 'count' | 'send'> = {}): ImportRun {
  const createdNotJoined = new Map<number, User>();
  const send = async (index: number): Promise<User> => {
    const job = jobs[index]!;
    const created = createdNotJoined.get(index);
    if (created && job.organization) {
      await writes.joinOrganization(created.id, job.organization, job.input.organization?.roleIds ?? []);
      createdNotJoined.delete(index);
      return created;
    }
    try {
      return await writes.createUser(job.input);
    } catch (error) {
      const user = writes.createdUserOf(error);
      if (user) createdNotJoined.set(index, user);
      throw error;
    }
  };
  return { jobs, run: createTaskRun({ ...options, count: jobs.length, send }), createdNotJoined: (index) => createdNotJoined.get(index) };
}
