/** UserExport's strings in Arabic. Arabic has six plural forms; the format picks the one for each count. */
import type { UserExportMessages } from '../components/UserExport/messages.js';
import { createRosterFormat, type RosterFormat } from '../react/messages.js';

const ar = createRosterFormat('ar');
const users = (count: number, f: RosterFormat) =>
  f.plural(count, { zero: 'لا مستخدمين', one: 'مستخدم واحد', two: 'مستخدمان', few: `${f.number(count)} مستخدمين`, many: `${f.number(count)} مستخدمًا`, other: `${f.number(count)} مستخدم` });
const seconds = (count: number, f: RosterFormat) =>
  f.plural(count, { zero: 'لحظات', one: 'ثانية واحدة', two: 'ثانيتين', few: `${f.number(count)} ثوانٍ`, many: `${f.number(count)} ثانية`, other: `${f.number(count)} ثانية` });

export const arUserExportMessages: UserExportMessages = {
  label: 'تصدير CSV',
  title: 'تصدير المستخدمين',
  description: 'كل المستخدمين الذين يجدهم البحث والمرشحات والترتيب الحالي، في كل الصفحات، كملف CSV.',
  progressLabel: 'تقدّم التصدير',
  progress: (done, total, f = ar) => (total === null ? `تمت قراءة ${users(done, f)}` : `تمت قراءة ${f.number(done)} من ${users(total, f)}`),
  retryingIn: (count, f = ar) => `محاولة جديدة بعد ${seconds(count, f)}.`,
  done: (count, fileName, f = ar) => `تم تصدير ${users(count, f)} إلى ${fileName}.`,
  truncated: (limit, f = ar) => `تمت قراءة أول ${f.number(limit)} مستخدم فقط: هذا الدليل لا يستطيع البحث أو الترتيب أو التصفية بنفسه.`,
  cancelled: 'أُلغي التصدير. لم يُحفظ أي ملف.',
  failed: 'توقّف التصدير.',
  exportAgain: 'التصدير مرة أخرى',
  closeButton: 'تم',
  downloadAgain: 'التنزيل مرة أخرى',
  fileName: (date) => `users-${date}.csv`,
  columns: {
    id: 'المعرّف',
    name: 'الاسم',
    givenName: 'الاسم الأول',
    familyName: 'اسم العائلة',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    status: 'الحالة',
    roles: 'الأدوار',
    organizations: 'المؤسسات',
    createdAt: 'تاريخ الإنشاء',
    lastLoginAt: 'آخر تسجيل دخول',
  },
};
