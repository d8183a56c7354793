/** UserActivity's strings in Arabic. */
import type { UserActivityMessages } from '../components/UserDetails/activityMessages.js';
import { createRosterFormat } from '../react/messages.js';

const ar = createRosterFormat('ar');

export const arUserActivityMessages: UserActivityMessages = {
  label: 'النشاط',
  kinds: { 'sign-in': 'تسجيل دخول', 'sign-in-failed': 'فشل تسجيل الدخول', 'sign-out': 'تسجيل خروج', change: 'تعديل الحساب' },
  empty: 'لا يوجد نشاط مسجَّل.',
  noOlder: 'لا يوجد نشاط أقدم.',
  unsupported: 'لا يحتفظ موفّر الهوية هذا بسجل للنشاط.',
  ip: 'عنوان IP',
  location: 'الموقع',
  device: 'الجهاز',
  actor: 'بواسطة',
  fields: 'الحقول المعدَّلة',
  action: 'مسجَّل باسم',
  agent: (browser, system) => (browser && system ? `${browser} على ${system}` : (browser ?? system ?? '')),
  fullAgent: 'وكيل المستخدم كاملًا',
  paginationLabel: 'صفحات النشاط',
  page: (page, f = ar) => `الصفحة ${f.number(page)}`,
  pageOf: (page, pages, f = ar) => `الصفحة ${f.number(page)} من ${f.number(pages)}`,
  newer: 'الأحدث',
  older: 'الأقدم',
};
